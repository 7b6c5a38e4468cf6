using Whereabouts.Application.Persons;

namespace Whereabouts.Application.Tests.Persons;

public sealed class NearSpellingsTests
{
    [Theory]
    [InlineData("Harutyunyan", "Harutyunan")] // a letter dropped
    [InlineData("Harutyunyan", "Hartuyunyan")] // two neighbours swapped
    [InlineData("Harutyunyan", "Harutyunyab")] // a letter changed
    [InlineData("Harutyunyan", "Harutyunyank")] // a letter added
    [InlineData("Арутюнян", "Арутюнан")]
    [InlineData("Арутюнян", "Арутюнсн")]
    [InlineData("Հարությունյան", "Հարությունան")]
    [InlineData("Məmmədov", "Məmədov")]
    [InlineData("Məmmədov", "Məmmədöv")]
    public void Of_TypedWordOneEditFromTheName_IncludesTheName(string name, string typed)
    {
        Assert.Contains(name.ToLowerInvariant(), NearSpellings.Of(typed));
    }

    [Theory]
    [InlineData("Aram")]
    [InlineData("Ли")]
    [InlineData("Արամ")]
    [InlineData("  ")]
    public void Of_WordOfFewerThanFiveLetters_IsNotWidened(string typed)
    {
        Assert.Empty(NearSpellings.Of(typed));
    }

    [Fact]
    public void Of_WordLongerThanAnyName_IsNotWidened()
    {
        Assert.Empty(NearSpellings.Of(new string('a', NearSpellings.MaxLength + 1)));
        Assert.NotEmpty(NearSpellings.Of(new string('a', NearSpellings.MaxLength)));
    }

    [Fact]
    public void Of_CyrillicWord_ChangesLettersOnlyWithinItsScript()
    {
        var variants = NearSpellings.Of("Мамедов");

        Assert.All(variants, v => Assert.All(v.Where(char.IsLetter), c => Assert.InRange(c, 'а', 'ё')));
        Assert.DoesNotContain("мамеdов", variants);
        Assert.Contains("мамедоф", variants);
    }

    [Fact]
    public void Of_WordOfMixedScripts_OnlyDropsAndSwaps()
    {
        var word = "Harutюnyan";

        var variants = NearSpellings.Of(word);

        Assert.Equal(word.Length + word.Length - 1, variants.Count);
        Assert.All(variants, v => Assert.Equal(word.Length - (v.Length == word.Length ? 0 : 1), v.Length));
    }

    [Fact]
    public void Of_AnyWord_NeverReturnsTheWordItself()
    {
        Assert.DoesNotContain("grigoryan", NearSpellings.Of("Grigoryan"));
    }
}
