using System.Text;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// The romanisations of other languages (Polish, German, French) whose letters clash with ours,
/// read from foreign.tsv. A name gets one extra reading per convention whose letters it contains:
/// Alijeva is also read Aliyeva, Chaczatrian Khachatryan, Geghamjan Geghamyan. Callers compare
/// the keys of these readings as alternatives, never instead of the name itself.
/// </summary>
internal sealed class ForeignSpellings
{
    public const string File = "foreign.tsv";

    private readonly Convention[] conventions;

    private ForeignSpellings(Convention[] conventions) => this.conventions = conventions;

    public static ForeignSpellings Default { get; } = Load();

    /// <summary>How many conventions the table has.</summary>
    public int Count => conventions.Length;

    /// <summary>
    /// The reading of <paramref name="text"/> under each convention, by the convention's position
    /// in the table, null where the convention does not change it; null when none does.
    /// </summary>
    public string?[]? ReadingsByConvention(string text)
    {
        string?[]? readings = null;
        var folded = Fold(text);
        for (var c = 0; c < conventions.Length; c++)
        {
            if (conventions[c].Rewrite(folded) is { } reading)
            {
                readings ??= new string?[conventions.Length];
                readings[c] = reading;
            }
        }

        return readings;
    }

    /// <summary>
    /// The distinct readings of <paramref name="text"/> under each convention that changes it,
    /// lower case, in the order of the table; null for most names.
    /// </summary>
    public List<string>? Readings(string text)
    {
        List<string>? readings = null;
        var folded = Fold(text);
        foreach (var convention in conventions)
        {
            if (convention.Rewrite(folded) is { } reading)
            {
                readings ??= [];
                if (!readings.Contains(reading, StringComparer.Ordinal))
                {
                    readings.Add(reading);
                }
            }
        }

        return readings;
    }

    private static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = TransliterationTable.Fold(source[i]);
            }
        });

    private static ForeignSpellings Load()
    {
        var byConvention = new Dictionary<string, List<(string Source, string Target)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in NameDataFile.Read(File, columns: 3))
        {
            if (!byConvention.TryGetValue(row.Cells[0], out var rules))
            {
                byConvention[row.Cells[0]] = rules = [];
                order.Add(row.Cells[0]);
            }

            if (rules.Exists(r => string.Equals(r.Source, row.Cells[1], StringComparison.Ordinal)))
            {
                throw NameDataFile.Malformed(row.File, row.Line, $"the source '{row.Cells[1]}' is listed twice for {row.Cells[0]}");
            }

            rules.Add((row.Cells[1], row.Cells[2]));
        }

        return new ForeignSpellings([.. order.Select(name => new Convention(
            name,
            [.. byConvention[name].OrderByDescending(r => r.Source.Length)]))]);
    }

    /// <summary>One convention's rewriting rules, longest source first.</summary>
    private sealed class Convention(string name, (string Source, string Target)[] rules)
    {
        public string Name { get; } = name;

        /// <summary>The text rewritten left to right by the longest matching source, or null when no rule applies.</summary>
        public string? Rewrite(string folded)
        {
            // Most names have none of the convention's letters: find out without building anything.
            var any = false;
            foreach (var (source, _) in rules)
            {
                if (folded.Contains(source, StringComparison.Ordinal))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return null;
            }

            StringBuilder? builder = null;
            var i = 0;
            while (i < folded.Length)
            {
                var matched = false;
                foreach (var (source, target) in rules)
                {
                    if (string.CompareOrdinal(folded, i, source, 0, source.Length) == 0)
                    {
                        builder ??= new StringBuilder(folded.Length + 8).Append(folded, 0, i);
                        builder.Append(target);
                        i += source.Length;
                        matched = true;
                        break;
                    }
                }

                if (!matched)
                {
                    builder?.Append(folded[i]);
                    i++;
                }
            }

            return builder?.ToString();
        }
    }
}
