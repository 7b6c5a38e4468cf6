using System.Collections.Frozen;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// Word beginnings that Russian lists write differently from the native spelling in a way no
/// general rule can undo: Russian has no h, and writes it as г, so Гасанов is Həsənov, Ибрагимов
/// İbrahimov and Оганесян Hovhannisyan, while Григорян keeps its g. The key stage rewrites such a
/// beginning (after transliteration: "gasan", "ibragim", "ogan") to the native one before
/// computing the key. The table is data (aliases.tsv); add a row when a list shows a new one.
/// </summary>
internal sealed class NameAliases
{
    public const string File = "aliases.tsv";

    private readonly FrozenDictionary<char, Alias[]> byFirstChar;

    private NameAliases(FrozenDictionary<char, Alias[]> byFirstChar, int longestGrowth)
    {
        this.byFirstChar = byFirstChar;
        LongestGrowth = longestGrowth;
    }

    public static NameAliases Default { get; } = Load();

    /// <summary>How many characters longer than its source a replacement can be.</summary>
    public int LongestGrowth { get; }

    /// <summary>Finds the longest listed beginning of <paramref name="word"/>.</summary>
    public bool TryMatch(ReadOnlySpan<char> word, out int prefixLength, out string replacement)
    {
        if (!word.IsEmpty && byFirstChar.TryGetValue(word[0], out var candidates))
        {
            foreach (var alias in candidates)
            {
                if (word.StartsWith(alias.Prefix, StringComparison.Ordinal))
                {
                    prefixLength = alias.Prefix.Length;
                    replacement = alias.Replacement;
                    return true;
                }
            }
        }

        prefixLength = 0;
        replacement = string.Empty;
        return false;
    }

    private static NameAliases Load()
    {
        var byFirstChar = new Dictionary<char, List<Alias>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var longestGrowth = 0;
        foreach (var row in NameDataFile.Read(File, columns: 2))
        {
            var (prefix, replacement) = (row.Cells[0], row.Cells[1]);
            if (!seen.Add(prefix))
            {
                throw NameDataFile.Malformed(row.File, row.Line, $"the beginning '{prefix}' is listed twice");
            }

            if (!byFirstChar.TryGetValue(prefix[0], out var list))
            {
                byFirstChar[prefix[0]] = list = [];
            }

            list.Add(new Alias(prefix, replacement));
            longestGrowth = Math.Max(longestGrowth, replacement.Length - prefix.Length);
        }

        return new NameAliases(
            byFirstChar.ToFrozenDictionary(
                entry => entry.Key,
                entry => entry.Value.OrderByDescending(alias => alias.Prefix.Length).ToArray()),
            longestGrowth);
    }

    private sealed record Alias(string Prefix, string Replacement);
}
