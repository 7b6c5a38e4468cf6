using System.Text;
using Whereabouts.Application.Linkage;
using Whereabouts.Linkage;

namespace Whereabouts.Application.Tests.Linkage;

public sealed class CsvRecordReaderTests
{
    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Read_FebrlStyleCommaSpaceSeparator_TrimsValues()
    {
        var table = CsvRecordReader.Read(Text("rec_id, given_name, surname\nrec-1-org, michaela, neumann\nrec-2-org, , painter"), "4a.csv", "rec_id", ", ");

        Assert.Equal(["rec_id", "given_name", "surname"], table.Columns);
        Assert.Equal("michaela", table.Rows[0][1]);
        Assert.Null(table.Rows[1][1]);
    }

    [Fact]
    public void Read_ScriptsAndQuotedCommas_AreKept()
    {
        var table = CsvRecordReader.Read(Text("id,family_name,birth_place\n1,Հարությունյան,\"Hadrut, Hin Tagher\"\n2,Арутюнян,Xankəndi\n"), "list.csv", "id");

        Assert.Equal("Հարությունյան", table.Rows[0][1]);
        Assert.Equal("Hadrut, Hin Tagher", table.Rows[0][2]);
        Assert.Equal("Xankəndi", table.Rows[1][2]);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public void Read_SpaceOrTabSeparator_SplitsOnIt(string separator)
    {
        // Found by the property tests: CsvHelper refused a white-space separator with a ConfigurationException.
        var table = CsvRecordReader.Read(Text($"id{separator}family_name\n1{separator}Grigoryan\n"), "list.csv", "id", separator);

        Assert.Equal(["id", "family_name"], table.Columns);
        Assert.Equal("Grigoryan", table.Rows[0][1]);
    }

    [Fact]
    public void Read_RaggedRow_NamesTheLine()
    {
        var error = Assert.Throws<LinkageInputException>(() => CsvRecordReader.Read(Text("id,family_name\n1,Grigoryan\n2,Petrosyan,extra\n"), "list.csv", "id"));

        Assert.Equal("list.csv, line 3: the row has 3 values but the header has 2 columns.", error.Message);
    }

    [Fact]
    public void Read_LegacyEncoding_IsRefusedWithTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("id,family_name\n1,Grigoryan\n2,").Concat(new byte[] { 0xC0, 0xF0, 0xF3 }).Concat("\n"u8.ToArray()).ToArray();

        var error = Assert.Throws<LinkageInputException>(() => CsvRecordReader.Read(new MemoryStream(bytes), "cp1251.csv", "id"));

        Assert.StartsWith("cp1251.csv, line 3: the text is not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_SaysItNeedsAHeader()
    {
        var error = Assert.Throws<LinkageInputException>(() => CsvRecordReader.Read(Text(""), "empty.csv", "id"));

        Assert.Contains("needs a header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysSo()
    {
        var error = Assert.Throws<LinkageInputException>(() => CsvRecordReader.Read("/nonexistent/list.csv", "id"));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
