using System.Collections.Concurrent;
using Whereabouts.Storage.Search;

namespace Whereabouts.Application.Persons;

/// <summary>
/// One word of a search and the name keys it may stand for: keys it must equal (short ones) and
/// keys it may begin (three letters or more, so "Harut" finds Harutyunyan while it is typed).
/// </summary>
internal sealed class SearchWord
{
    /// <summary>How many words are remembered.</summary>
    public const int Capacity = 8_192;

    private const int MinPrefixLength = 3;

    private static readonly ConcurrentDictionary<string, SearchWord?> Known = new(StringComparer.Ordinal);

    private SearchWord(string text, IReadOnlyList<string> exact, IReadOnlyList<string> prefixes)
    {
        Text = text;
        Exact = exact;
        Prefixes = prefixes;
    }

    /// <summary>The word as typed.</summary>
    public string Text { get; }

    /// <summary>Keys matched only as a whole.</summary>
    public IReadOnlyList<string> Exact { get; }

    /// <summary>Keys matched as the start of a key; none lies inside another's range.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>The word's keys, or null for a word with no letters (punctuation), which narrows nothing.</summary>
    /// <remarks>
    /// Remembered per word as typed (up to <see cref="Capacity"/> words, then started again): keying
    /// a word in every script costs more than the rest of a search of a remembered one, and the names
    /// caseworkers search are searched again and again. The keys depend on the word and the name
    /// tables alone, never on the registry.
    /// </remarks>
    public static SearchWord? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Known.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = ParseNew(text);
        if (Known.Count >= Capacity)
        {
            Known.Clear();
        }

        Known[text] = parsed;
        return parsed;
    }

    private static SearchWord? ParseNew(string text)
    {
        var keys = PersonIndexer.KeysOfQueryWord(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var exact = new List<string>();
        var prefixes = new List<string>();
        foreach (var key in keys)
        {
            if (prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            (key.Length >= MinPrefixLength ? prefixes : exact).Add(key);
        }

        return keys.Count == 0 ? null : new SearchWord(text, exact, prefixes);
    }

    /// <summary>Whether <paramref name="key"/> is one this word stands for.</summary>
    public bool Matches(string key) =>
        Exact.Contains(key, StringComparer.Ordinal) || Prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The first key after every key beginning with <paramref name="prefix"/> (the range's upper end).</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
