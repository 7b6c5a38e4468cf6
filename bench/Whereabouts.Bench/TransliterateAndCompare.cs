using Whereabouts.Linkage.Names;
using Whereabouts.Linkage.Records;

namespace Whereabouts.Bench;

/// <summary>
/// The plain baseline a user could write in an afternoon: every name column of a record
/// transliterated to Latin and joined, its words sorted (so the order and the column do not
/// matter), and two records matched when those strings have a Jaro-Winkler similarity of at least
/// <see cref="Threshold"/> and their birth years do not differ. No keys, no model, no patronymic logic.
/// </summary>
internal static class TransliterateAndCompare
{
    public const double Threshold = 0.92;

    private static readonly string[] NameColumns = ["full_name", "given_name", "family_name", "patronymic"];

    /// <summary>The matched pairs as "leftId|rightId" keys (ordinal order).</summary>
    public static HashSet<string> Match(RecordTable left, RecordTable right)
    {
        var leftNames = Names(left);
        var rightNames = Names(right);
        var leftYears = Years(left);
        var rightYears = Years(right);

        // Pairs are compared within a birth year (and every record without one against all),
        // which is what keeps the baseline tractable; it loses nothing that it would match.
        var byYear = Enumerable.Range(0, right.Count).ToLookup(j => rightYears[j]);
        var matches = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < left.Count; i++)
        {
            var candidates = leftYears[i] == 0 ? Enumerable.Range(0, right.Count) : byYear[leftYears[i]].Concat(byYear[0]);
            foreach (var j in candidates)
            {
                if (leftNames[i].Length > 0 && rightNames[j].Length > 0 && Whereabouts.Linkage.Comparisons.Similarity.JaroWinkler(leftNames[i], rightNames[j]) >= Threshold)
                {
                    matches.Add(LinkageBenchmarks.Key(left.Ids[i], right.Ids[j]));
                }
            }
        }

        return matches;
    }

    private static string[] Names(RecordTable table)
    {
        var columns = NameColumns.Select(table.IndexOf).Where(c => c >= 0).ToArray();
        return [.. table.Rows.Select(row =>
        {
            var words = columns.Select(c => row[c]).Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => NameTransliterator.ToLatin(v!).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal);
            return string.Join(' ', words);
        })];
    }

    private static int[] Years(RecordTable table)
    {
        var column = table.IndexOf("birth_date");
        return [.. table.Rows.Select(row =>
        {
            var value = column < 0 ? null : row[column];
            if (string.IsNullOrWhiteSpace(value))
            {
                return 0;
            }

            // dd.MM.yyyy, yyyy-MM-dd or yyyy: the four digits that are the year.
            var digits = value.Length >= 10 && value[2] == '.' ? value[6..10] : value[..Math.Min(4, value.Length)];
            return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : 0;
        })];
    }
}
