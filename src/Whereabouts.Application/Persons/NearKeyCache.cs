using System.Collections.Concurrent;
using Whereabouts.Storage.Search;

namespace Whereabouts.Application.Persons;

/// <summary>
/// The name keys of every near spelling of a word (<see cref="NearSpellings"/>), remembered per
/// word for the life of the process: a word of eight letters has some 600 near spellings, and
/// keying them costs milliseconds that a caseworker searching the same names again need not pay.
/// </summary>
/// <remarks>
/// The keys depend only on the word and the name tables, never on the registry, so nothing a
/// save does can make them stale. The cache is bounded: past <see cref="Capacity"/> words it
/// starts again empty rather than tracking which word was used last.
/// </remarks>
internal static class NearKeyCache
{
    public const int Capacity = 8_192;

    private static readonly ConcurrentDictionary<string, string[]> Keys = new(StringComparer.Ordinal);

    /// <summary>The keys of the near spellings of <paramref name="word"/>, as a given or a family name.</summary>
    public static IReadOnlyCollection<string> Of(string word)
    {
        var text = word.Trim().ToLowerInvariant();
        if (Keys.TryGetValue(text, out var known))
        {
            return known;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in NearSpellings.Of(text))
        {
            PersonIndexer.AddNameKeys(keys, variant);
        }

        if (Keys.Count >= Capacity)
        {
            Keys.Clear();
        }

        var computed = keys.ToArray();
        Keys[text] = computed;
        return computed;
    }
}
