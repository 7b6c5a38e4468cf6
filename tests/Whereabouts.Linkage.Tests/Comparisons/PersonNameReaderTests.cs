using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

// Every name here is an invented combination of common names; no real person is described.
public sealed class PersonNameReaderTests
{
    [Theory]
    [InlineData("Арутюнян Арман Гарикович", "Арман", "Арутюнян", "Гарикович")]
    [InlineData("Арман Гарикович Арутюнян", "Арман", "Арутюнян", "Гарикович")]
    [InlineData("Abbasov Rəşad Vüqar oğlu", "Rəşad", "Abbasov", "Vüqar oğlu")]
    [InlineData("Аббасова Лейла Вугар кызы", "Лейла", "Аббасова", "Вугар кызы")]
    [InlineData("Հարությունյան Արման Գարիկի", "Արման", "Հարությունյան", "Գարիկի")]
    [InlineData("Արման Գարիկի Հարությունյան", "Արման", "Հարությունյան", "Գարիկի")]
    [InlineData("Arman Harutyunyan", "Arman", "Harutyunyan", null)]
    [InlineData("Арутюнян А.Г.", "А.", "Арутюнян", "Г.")]
    [InlineData("Arman Garik Harutyunyan", "Arman", "Harutyunyan", "Garik")]
    [InlineData("Abbasov Rashad Əliyeviç", "Rashad", "Abbasov", "Əliyeviç")]
    public void FromFull_AnyOrder_FindsPatronymicByFormAndFamilyBySuffix(string full, string given, string family, string? patronymic)
    {
        var name = PersonNameReader.FromFull(full, familyFirst: true)!;

        Assert.Equal(given, name.Given?.Raw);
        Assert.Equal(family, name.Family?.Raw);
        Assert.Equal(patronymic, name.Patronymic?.Raw);
        Assert.Equal(full, name.FullName);
    }

    [Fact]
    public void ReadTable_FullNamesWithoutSuffixes_FollowTheOrderMostOfTheTableUses()
    {
        // Most rows show by their suffix that the family name comes last; "Levon Karo" has none.
        var rows = new List<NameColumnValues>
        {
            new(null, null, null, "Levon Karo"),
            new(null, null, null, "Arman Harutyunyan"),
            new(null, null, null, "Narek Petrosyan"),
            new(null, null, null, "Samvel Grigoryan"),
        };

        var names = PersonNameReader.ReadTable(rows);

        Assert.Equal("Karo", names[0]!.Family!.Raw);
        Assert.Equal("Levon", names[0]!.Given!.Raw);
    }

    [Fact]
    public void ReadTable_SeparateColumns_TakesThemAsTheyAreAndIgnoresTheFullName()
    {
        var names = PersonNameReader.ReadTable([new NameColumnValues("Arman", "Harutyunyan", "R.", "something else")]);

        Assert.Equal("Arman", names[0]!.Given!.Raw);
        Assert.True(names[0]!.Patronymic!.IsInitial);
        Assert.Null(names[0]!.FullName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("— ? !!")]
    public void FromFull_NoLetters_GivesNoNameAndDoesNotThrow(string full)
    {
        var name = PersonNameReader.FromFull(full, familyFirst: true);

        Assert.True(name is null || !name.HasName);
    }
}
