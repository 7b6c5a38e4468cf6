using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Tests.Layout;

public sealed class ListReaderTests
{
    private static TableFile Sheet(params string[][] rows) =>
        new("list.csv", TableFormat.Delimited, "utf-8", ',', [new TableSheet(null, rows.Select((cells, i) => new TableRow(i + 1, cells.Select(c => new TableCell(c)).ToList())).ToList())]);

    [Fact]
    public void Read_UnknownColumn_IsKeptAsExtraNotRefused()
    {
        var reading = ListReader.Read(Sheet(["family_name", "given_name", "unit"], ["Invented-Petrosyan", "Aram", "7th company"]), cancellationToken: TestContext.Current.CancellationToken);

        var row = Assert.Single(reading.Rows);
        Assert.Equal("Invented-Petrosyan", row.FamilyName);
        Assert.Equal(new ListExtraValue("unit", "7th company"), Assert.Single(row.Extra));
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void Read_DateThatIsNotOne_IsAProblemNamingLineAndColumn()
    {
        var reading = ListReader.Read(Sheet(["family_name", "birth_date"], ["Invented-Aliyev", "31.02.2001"]), cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("birth_date", problem.Column);
        Assert.Contains("31.02.2001", problem.Message, StringComparison.Ordinal);
    }
}
