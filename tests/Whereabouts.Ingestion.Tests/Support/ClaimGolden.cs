using System.Globalization;
using Whereabouts.Ingestion.Claims;

namespace Whereabouts.Ingestion.Tests.Support;

/// <summary>
/// The invented golden claim data under <c>TestData/Claims</c>: statement files
/// (<c>xx.tsv</c>: sentence, expected claims) and article files (<c>articles.txt</c>). A claim is
/// written "count|max|qualifier|category|side|source|status|date", "-" for null.
/// </summary>
internal static class ClaimGolden
{
    /// <summary>The publication date every statement file assumes.</summary>
    public static readonly DateOnly Published = new(2020, 12, 16);

    public static string PathOf(string set, string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Claims", set, file);

    /// <summary>Each statement with its expected claims (empty for a distractor).</summary>
    public static IEnumerable<(string Sentence, string[] Expected)> Statements(string set, string language)
    {
        foreach (var line in File.ReadLines(PathOf(set, language + ".tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            yield return (cells[0], cells[1] == "-" ? [] : cells[1].Split(';'));
        }
    }

    /// <summary>Each article: its name, publication date, paragraphs and expected claims.</summary>
    public static IEnumerable<(string Name, DateOnly Published, string[] Paragraphs, string[] Expected)> Articles(string set)
    {
        string? name = null;
        var published = default(DateOnly);
        var paragraphs = new List<string>();
        var expected = new List<string>();
        var inExpected = false;
        foreach (var line in File.ReadLines(PathOf(set, "articles.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return (name, published, [.. paragraphs], [.. expected]);
                }

                var header = line[4..].Split(' ');
                (name, published, inExpected) = (header[0], DateOnly.ParseExact(header[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), false);
                paragraphs.Clear();
                expected.Clear();
            }
            else if (line == "--- expect")
            {
                inExpected = true;
            }
            else
            {
                (inExpected ? expected : paragraphs).Add(line);
            }
        }

        if (name is not null)
        {
            yield return (name, published, [.. paragraphs], [.. expected]);
        }
    }

    public static string Describe(CountClaim c) => string.Join('|',
        c.Count.ToString(CultureInfo.InvariantCulture),
        c.CountMax?.ToString(CultureInfo.InvariantCulture) ?? "-",
        c.Qualifier,
        c.Category,
        c.Side ?? "-",
        c.Source ?? "-",
        c.Status,
        c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");

    /// <summary>The fields that say what is claimed: count, range, qualifier, category, side, status and date (not the source's wording).</summary>
    public static string Core(string described)
    {
        var f = described.Split('|');
        return string.Join('|', f[0], f[1], f[2], f[3], f[4], f[6], f[7]);
    }
}
