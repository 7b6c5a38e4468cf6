
namespace Whereabouts.Domain.Tests.Lists;

public sealed class ListEntryTests
{
    [Fact]
    public void New_KeepsTheRowAsWritten()
    {
        var entry = new ListEntry(Guid.NewGuid(), Guid.NewGuid(), 7, " r6 ", "Араик", "Арутюнян", "Гагикович", "03.05.2001", null);

        Assert.Equal(("r6", "Араик Гагикович Арутюнян", "03.05.2001"), (entry.RecordId, entry.FullName, entry.BirthDate));
    }

    [Fact]
    public void New_OtherColumnsWithControlCharacters_AreKeptWithoutThemAndBlankOnesDropped()
    {
        var details = new ListEntryDetails(OtherColumns:
        [
            new ListEntryColumn(" remark\u001B ", "Invented\u0007 remark\u001B[2K"),
            new ListEntryColumn("empty", "\u0000 "),
        ]);

        var entry = new ListEntry(Guid.NewGuid(), Guid.NewGuid(), 2, "r1", "Aram", "Invented-Sargsyan", null, null, null, details: details);

        Assert.Equal(new ListEntryColumn("remark", "Invented remark[2K"), Assert.Single(entry.OtherColumns));
    }

    [Fact]
    public void New_WithoutAnyName_IsRefused()
    {
        DomainAssert.Refuses("list-entry.name-required", () => new ListEntry(Guid.NewGuid(), Guid.NewGuid(), 2, "r1", " ", null, "Gagiki", null, null));
    }

    [Fact]
    public void New_FateWithoutItsDate_IsRefused()
    {
        DomainAssert.Refuses("list-entry.fate", () => new ListEntry(Guid.NewGuid(), Guid.NewGuid(), 2, "r1", "Aram", "Sargsyan", null, null, null, FateStatus.CaptureConfirmed));
    }
}
