using Whereabouts.Linkage.Records;

namespace Whereabouts.Linkage.Tests.Records;

public sealed class RecordTableTests
{
    [Fact]
    public void Constructor_NoIdColumn_SaysWhichColumnsThereAre()
    {
        var error = Assert.Throws<LinkageInputException>(() => new RecordTable("list.csv", ["key", "family_name"], "id", []));

        Assert.Equal("list.csv, line 1: there is no id column 'id' (columns: key, family_name).", error.Message);
    }

    [Fact]
    public void Constructor_DuplicateId_NamesBothLines()
    {
        var error = Assert.Throws<LinkageInputException>(() => new RecordTable("list.csv", ["id", "family_name"], "id", [["7", "Grigoryan"], ["8", "Petrosyan"], ["7", "Sargsyan"]]));

        Assert.Equal(4, error.Line);
        Assert.Contains("'7' was already used on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValueLongerThanTheLimit_IsRefusedWithTheLineAndColumn()
    {
        // A pasted document in a name column would make every comparison with it take a long time.
        var pasted = new string('a', RecordTable.MaxValueLength + 1);

        var error = Assert.Throws<LinkageInputException>(() => new RecordTable("list.csv", ["id", "family_name"], "id", [["1", "Grigoryan"], ["2", pasted]]));

        Assert.Equal(3, error.Line);
        Assert.Contains("the value of 'family_name' is 1,001 characters long; at most 1,000 can be compared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValueAtTheLimit_IsKept()
    {
        var table = new RecordTable("list.csv", ["id", "family_name"], "id", [["1", new string('a', RecordTable.MaxValueLength)]]);

        Assert.Equal(RecordTable.MaxValueLength, table.Rows[0][1]!.Length);
    }

    [Fact]
    public void Constructor_EmptyId_IsRefused()
    {
        var error = Assert.Throws<LinkageInputException>(() => new RecordTable("list.csv", ["id", "family_name"], "id", [[" ", "Grigoryan"]]));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Constructor_BlankValues_BecomeMissingAndOthersAreTrimmed()
    {
        var table = new RecordTable("list.csv", ["ID", "family_name"], "id", [["1", "  Grigoryan "], ["2", "   "]]);

        Assert.Equal("Grigoryan", table.Rows[0][1]);
        Assert.Null(table.Rows[1][1]);
        Assert.Equal(1, table.IndexOf("FAMILY_NAME"));
        Assert.Equal("ID", table.IdColumn);
    }
}
