using System.Text;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Tests.Reading;

public sealed class TableReaderTests
{
    [Fact]
    public void Read_CommaSeparatedUtf8_GivesOneSheetOfTrimmedCells()
    {
        var file = TableReader.Read(Encoding.UTF8.GetBytes("id,family_name\n1, Invented-Arakelyan \n"), "list.csv", TestContext.Current.CancellationToken);

        var sheet = Assert.Single(file.Sheets);
        Assert.Equal(TableFormat.Delimited, file.Format);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("Invented-Arakelyan", sheet.Rows[1][1].Text);
        Assert.True(sheet.Rows[1][7].IsEmpty);
    }
}
