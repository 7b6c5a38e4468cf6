using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Tests.Names;

public sealed partial class NameKeysTests
{
    public static TheoryData<string, string> Patronymics()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in GoldenFile.Rows("patronymics.tsv"))
        {
            cases.Add(row[0], row[1]);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Patronymics))]
    public void Father_PatronymicInAnyForm_GivesTheFathersGivenKey(string patronymic, string father)
    {
        var expected = NameKeys.Given(father);

        Assert.NotEqual(string.Empty, expected);
        Assert.Equal(expected, NameKeys.Father(patronymic));
    }

    [Fact]
    public void Father_GoldenFile_HasAtLeastTwentyCases()
    {
        Assert.True(GoldenFile.Rows("patronymics.tsv").Count() >= 20);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123")]
    [InlineData("!!!")]
    [InlineData("oğlu")]
    [InlineData("кызы")]
    [InlineData("Samvel Harutyunyan")]
    public void Father_NotAPatronymic_IsNull(string text)
    {
        Assert.Null(NameKeys.Father(text));
    }

    [Fact]
    public void Father_Null_IsNull()
    {
        Assert.Null(NameKeys.Father(null!));
    }

    [Theory]
    [InlineData("Samveli", "Samvel")]
    [InlineData("Davti", "Davit")]
    [InlineData("Sargsi", "Sargis")]
    public void Father_ArmenianGenitive_IsNotTheGivenKeyOfTheGenitiveItself(string genitive, string name)
    {
        Assert.NotEqual(NameKeys.Given(genitive), NameKeys.Father(genitive));
        Assert.Equal(NameKeys.Given(name), NameKeys.Father(genitive));
    }

    [Theory]
    [InlineData("Ali")]
    [InlineData("Ülvi")]
    [InlineData("Али")]
    [InlineData("Mehdi")]
    public void Father_NameEndingInI_IsNotReadAsAGenitive(string name)
    {
        Assert.Equal(NameKeys.Given(name), NameKeys.Father(name));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Father_Garbage_DoesNotThrow(string text)
    {
        var father = NameKeys.Father(text);

        Assert.True(father is null || father.Length <= text.Length * 4);
    }
}
