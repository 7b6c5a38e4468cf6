using System.Text;

namespace Whereabouts.Application.Places;

/// <summary>
/// The text form of a place's names for a textarea: one name per line as <c>text | language</c>,
/// the language optional ("Khtsabert | hy", "Хцаберд | ru", "Khtsaberd").
/// </summary>
public static class PlaceNameLines
{
    /// <summary>The names in <paramref name="text"/>; blank lines are skipped.</summary>
    /// <remarks>Nothing is refused here: a line with two bars keeps the rest in the language, which
    /// <see cref="PlaceEditor"/> then reports as not a language code.</remarks>
    public static IReadOnlyList<PlaceNameInput> Parse(string? text)
    {
        var names = new List<PlaceNameInput>();
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            names.Add(bar < 0
                ? new PlaceNameInput(line.Trim())
                : new PlaceNameInput(line[..bar].Trim(), line[(bar + 1)..].Trim()));
        }

        return names;
    }

    /// <summary>The lines for <paramref name="names"/>, the inverse of <see cref="Parse"/>.</summary>
    public static string Format(IEnumerable<PlaceNameInput> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var text = new StringBuilder();
        foreach (var name in names)
        {
            text.Append(name.Text);
            if (!string.IsNullOrWhiteSpace(name.Language))
            {
                text.Append(" | ").Append(name.Language);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
