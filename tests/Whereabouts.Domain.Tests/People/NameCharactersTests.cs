namespace Whereabouts.Domain.Tests;

public sealed class NameCharactersTests
{
    [Theory]
    [InlineData("Inv\u001Bented", "control character (U+001B) at character 4")]
    [InlineData("Invented\0", "control character (U+0000) at character 9")]
    [InlineData("Invented\u009B", "control character (U+009B)")]
    [InlineData("\u202EdetnevnI", "direction control character (U+202E) at character 1")]
    [InlineData("Inv\u2066ented", "direction control character (U+2066)")]
    [InlineData("Inv\u200Bented", "zero-width character (U+200B)")]
    [InlineData("Inv\u2060ented", "zero-width character (U+2060)")]
    [InlineData("\uFEFFInvented", "zero-width character (U+FEFF)")]
    [InlineData("Inv\u00ADented", "invisible formatting character (U+00AD)")]
    public void FindRefused_InvisibleOrControlCharacter_NamesItAndWhereItIs(string text, string expected)
    {
        var found = NameCharacters.FindRefused(text);

        Assert.NotNull(found);
        Assert.Contains(expected, found, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRefused_HalfOfASurrogatePair_IsRefused()
    {
        var text = "Inv" + (char)0xD800 + "ented";

        Assert.Contains("broken character pair (U+D800) at character 4", NameCharacters.FindRefused(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Հարությունյան\u200C")]
    [InlineData("Ива\u200Dнов")]
    [InlineData("Inv\u200Cented")]
    [InlineData("\u200CInvented")]
    public void FindRefused_JoinerInAnArmenianCyrillicOrLatinName_IsRefused(string text)
    {
        Assert.Contains("zero-width joiner or non-joiner", NameCharacters.FindRefused(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0645\u06CC\u200C\u0631\u0627\u0645")]
    [InlineData("\u0915\u094D\u200D\u0937")]
    public void FindRefused_JoinerInAPersianOrIndicName_IsAllowed(string text)
    {
        Assert.Null(NameCharacters.FindRefused(text));
    }

    [Theory]
    [InlineData("Rəşad oğlu")]
    [InlineData("O'Neil-Invented")]
    [InlineData("Գևորգ")]
    [InlineData("Эльвин\tИнвентов")]
    [InlineData(null)]
    public void FindRefused_OrdinaryName_IsNull(string? text)
    {
        Assert.Null(NameCharacters.FindRefused(text));
    }
}
