using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

// Every name here is an invented combination of common names; no real person is described.
public sealed class FullNamesTests
{
    [Theory]
    [InlineData("Арутюнян Арман Гарикович", true, "Арутюнян", "Арман", "Гарикович")]
    [InlineData("Петросян Анна Мария Арменовна", true, "Петросян", "Анна Мария", "Арменовна")]
    [InlineData("Арутюнян А.Г.", true, "Арутюнян", "А.", "Г.")]
    [InlineData("Арутюнян А. Г.", true, "Арутюнян", "А.", "Г.")]
    [InlineData("Հարությունյան Արման Գարիկի", true, "Հարությունյան", "Արման", "Գարիկի")]
    [InlineData("Abbasov Rəşad Vüqar oğlu", true, "Abbasov", "Rəşad", "Vüqar oğlu")]
    [InlineData("Abbasova Leyla Vüqar qızı", true, "Abbasova", "Leyla", "Vüqar qızı")]
    [InlineData("Arman Harutyunyan", false, "Harutyunyan", "Arman", null)]
    [InlineData("Anna Maria Petrosyan R.", false, "Petrosyan", "Anna Maria", "R.")]
    [InlineData("Levon Karo", false, "Karo", "Levon", null)]
    [InlineData("Levon Karo", true, "Levon", "Karo", null)]
    public void Split_NameInItsListsOrder_GivesThePartsAsWritten(string full, bool familyFirst, string family, string given, string? patronymic)
    {
        var parts = FullNames.Split(full, familyFirst);

        Assert.Equal(new FullNameParts(family, given, patronymic), parts);
    }

    [Fact]
    public void Split_SuffixContradictsTheOrder_TheSuffixWins()
    {
        // A list written family first still has a name whose suffix puts the family name last.
        var parts = FullNames.Split("Arman Harutyunyan", familyFirst: true);

        Assert.Equal("Harutyunyan", parts.Family);
        Assert.Equal("Arman", parts.Given);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_Blank_GivesNoParts(string full)
    {
        Assert.Equal(new FullNameParts(null, null, null), FullNames.Split(full, familyFirst: true));
    }

    [Fact]
    public void Split_OneWord_IsTheFamilyName()
    {
        Assert.Equal(new FullNameParts("Invented-Sargsyan", null, null), FullNames.Split("Invented-Sargsyan", familyFirst: false));
    }

    [Fact]
    public void DetectFamilyFirst_RussianOfficialList_IsTrue()
    {
        string[] names = ["Арутюнян Арман Гарикович", "Петросян Нарек Самвелович", "Левон Каро", "Алиев Рашад Вугар оглы"];

        Assert.True(FullNames.DetectFamilyFirst(names));
    }

    [Fact]
    public void DetectFamilyFirst_EnglishPressList_IsFalse()
    {
        string[] names = ["Arman Harutyunyan", "Narek Petrosyan", "Levon Karo", "Rashad Abbasov"];

        Assert.False(FullNames.DetectFamilyFirst(names));
    }

    [Fact]
    public void DetectFamilyFirst_NoSuffixTells_IsNull()
    {
        string?[] names = ["Levon Karo", "Anna", null, "  ", "Hayk Aram"];

        Assert.Null(FullNames.DetectFamilyFirst(names));
    }
}
