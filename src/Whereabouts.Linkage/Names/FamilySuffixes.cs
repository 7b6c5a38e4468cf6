namespace Whereabouts.Linkage.Names;

/// <summary>
/// The endings of family names that vary between spellings of one name (Armenian -yan, -ian,
/// -jan, -yants; Russian and Azerbaijani -ov, -ev, -yev and their feminine -ova, -eva, -yeva) and
/// the one class each stands for in a key. The class is kept in the key, so Petrosyan and a
/// Russified Petrosov stay apart, but every spelling of the ending, and the feminine form, agree.
/// </summary>
internal sealed class FamilySuffixes
{
    public const string File = "family-suffixes.tsv";

    /// <summary>The class of the Armenian endings, whose stems get the reduced-vowel rule.</summary>
    public const string ArmenianClass = "yan";

    /// <summary>A stem shorter than this keeps its ending: "Yan" or "Ov" is a whole name.</summary>
    private const int MinimumStem = 2;

    private readonly Suffix[] longestFirst;

    private FamilySuffixes(Suffix[] longestFirst) => this.longestFirst = longestFirst;

    public static FamilySuffixes Default { get; } = Load();

    /// <summary>
    /// Splits a transliterated word into its stem and the class of its ending, or returns the
    /// whole word and an empty class when no listed ending fits.
    /// </summary>
    public ReadOnlySpan<char> Split(ReadOnlySpan<char> word, out string suffixClass)
    {
        foreach (var suffix in longestFirst)
        {
            if (word.Length - suffix.Ending.Length >= MinimumStem && word.EndsWith(suffix.Ending, StringComparison.Ordinal))
            {
                suffixClass = suffix.Class;
                return word[..^suffix.Ending.Length];
            }
        }

        suffixClass = string.Empty;
        return word;
    }

    private static FamilySuffixes Load()
    {
        var suffixes = new List<Suffix>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in NameDataFile.Read(File, columns: 2))
        {
            if (!seen.Add(row.Cells[0]))
            {
                throw NameDataFile.Malformed(row.File, row.Line, $"the ending '{row.Cells[0]}' is listed twice");
            }

            suffixes.Add(new Suffix(row.Cells[0], row.Cells[1]));
        }

        suffixes.Sort((a, b) => b.Ending.Length.CompareTo(a.Ending.Length));
        return new FamilySuffixes([.. suffixes]);
    }

    private sealed record Suffix(string Ending, string Class);
}
