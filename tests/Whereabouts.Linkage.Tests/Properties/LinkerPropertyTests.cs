using CsCheck;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Linkage.Tests.Properties;

/// <summary>
/// The linker on generated lists of invented people whose names and dates are hostile text:
/// a result, or the documented <see cref="LinkageInputException"/>, within the time limit.
/// </summary>
public sealed class LinkerPropertyTests
{
    private static readonly string[] Columns = ["id", "given_name", "family_name", "patronymic", "birth_date", "birth_place"];

    private static readonly Gen<string> Date = Gen.Frequency(
        (2, Gen.OneOf("1990", "1990-05-17", "17.05.1990", "~1990", "1990-02-30", "0000-00-00", "99999-99-99", "31.02.2001", "-1", "1e9", "2147483648")),
        (1, HostileInput.Word));

    private static readonly Gen<RecordTable> Table = Gen.Select(HostileInput.Name, HostileInput.Name, HostileInput.Name, Date, HostileInput.Name)
        .Array[0, 25]
        .Select(rows => new RecordTable(
            "invented.csv",
            Columns,
            "id",
            rows.Select((r, i) => new string?[] { "R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Item1, r.Item2, r.Item3, r.Item4, r.Item5 }).ToList()));

    [Fact]
    public void Link_GeneratedListsOfHostileNames_ReturnsPairsWithinTheTimeLimit()
    {
        var linker = new Linker(LinkageSettings.ForPersonLists(Columns));
        Gen.Select(Table, Table).Sample(
            (left, right) => HostileInput.Returns(() =>
            {
                var result = linker.Link(left, right);
                Assert.All(result.Matches, p => Assert.InRange(p.Probability, 0.0, 1.0));
                foreach (var pair in result.Matches.Take(3))
                {
                    Assert.NotNull(result.Explain(pair.Left, pair.Right));
                }
            }),
            iter: HostileInput.Iterations / 4);
    }

    [Fact]
    public void Deduplicate_GeneratedListOfHostileNames_ReturnsClustersWithinTheTimeLimit()
    {
        var linker = new Linker(LinkageSettings.ForPersonLists(Columns));
        Table.Sample(table => HostileInput.Returns(() => Assert.NotNull(linker.Deduplicate(table).Matches)), iter: HostileInput.Iterations / 4);
    }

    [Fact]
    public void RecordTable_HostileRows_IsBuiltOrRefusedWithAnInputError()
    {
        Gen.Select(HostileInput.Word.Array[0, 5], HostileInput.Word.Array[0, 5].Array[0, 6], HostileInput.Word).Sample(
            (header, rows, id) => HostileInput.ReturnsOrRefuses<LinkageInputException>(() => _ = new RecordTable("invented.csv", header, id, rows.Select(r => r.Cast<string?>().ToArray()).ToList())),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void Parse_HostileSettingsJson_ReadsOrRefusesWithAnInputError()
    {
        var json = Gen.Frequency(
            (2, HostileInput.Text),
            (2, Gen.Select(HostileInput.Word.Array[0, 4], Gen.OneOf("exact", "typo", "given_name", "family_name", "patronymic", "date", "text", "nonsense", string.Empty), Gen.Double, Gen.Int,
                (names, comparison, threshold, pairs) => $$"""{"id_column":"{{names.FirstOrDefault()}}","threshold":{{threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}},"u_sample_pairs":{{pairs}},"fields":[{{string.Join(',', names.Select(n => $$"""{"name":"{{n.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)}}","comparison":"{{comparison}}"}"""))}}],"blocking":[[{{string.Join(',', names.Select(n => "\"" + n.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal) + ":prefix3\""))}}]]}""")));
        json.Sample(text => HostileInput.ReturnsOrRefuses<LinkageInputException>(() => _ = LinkageSettings.Parse(text, "settings.json")), iter: HostileInput.Iterations);
    }
}
