namespace Whereabouts.Application.Sources;

/// <summary>
/// Case-insensitive "contains" for list filters, done in memory: the databases fold case
/// differently (SQLite's lower() knows only ASCII), and titles are in Armenian, Cyrillic and
/// Azerbaijani Latin. Lower-casing without culture keeps the dotless ı apart from i.
/// </summary>
internal sealed class TextFilter
{
    private readonly string? _wanted;

    public TextFilter(string? text)
    {
        _wanted = string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
    }

    /// <summary>True when there is nothing to filter by.</summary>
    public bool IsEmpty => _wanted is null;

    /// <summary>True when the filter is empty or any of <paramref name="values"/> contains it.</summary>
    public bool Matches(params ReadOnlySpan<string?> values)
    {
        if (_wanted is null)
        {
            return true;
        }

        foreach (var value in values)
        {
            if (value is not null && value.ToLowerInvariant().Contains(_wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
