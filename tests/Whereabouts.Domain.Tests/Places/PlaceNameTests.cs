namespace Whereabouts.Domain.Tests;

public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("Khtsabert", NameScript.Latin)]
    [InlineData("Xankəndi", NameScript.Latin)]
    [InlineData("Хцаберд", NameScript.Cyrillic)]
    [InlineData("Խծաբերդ", NameScript.Armenian)]
    [InlineData("Hin Tagher", NameScript.Latin)]
    public void Constructor_NameInOneScript_ReadsTheScript(string text, NameScript script)
    {
        var name = new PlaceName(text);

        Assert.Equal(text, name.Text);
        Assert.Equal(script, name.Script);
        Assert.Equal(text, name.ToString());
    }

    [Fact]
    public void Constructor_TextAndLanguage_AreCleaned()
    {
        var name = new PlaceName("  Hin   Tagher ", " HY ");

        Assert.Equal("Hin Tagher", name.Text);
        Assert.Equal("hy", name.Language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankLanguage_IsNone(string? language)
    {
        Assert.Null(new PlaceName("Shusha", language).Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyName_IsRefused(string text)
    {
        DomainAssert.Refuses("place.name-required", () => new PlaceName(text));
    }

    [Theory]
    [InlineData("Khtsabert Хцаберд")]
    [InlineData("Шуши Shushi")]
    [InlineData("1234")]
    public void Constructor_MixedOrUnknownScript_IsRefused(string text)
    {
        var refusal = DomainAssert.Refuses("place.name-script", () => new PlaceName(text));

        DomainAssert.MessageSays(refusal, text);
    }

    [Fact]
    public void Equals_SameTextAndLanguage_AreEqual()
    {
        Assert.Equal(new PlaceName("Shusha", "az"), new PlaceName(" Shusha ", "AZ"));
        Assert.NotEqual(new PlaceName("Shusha", "az"), new PlaceName("Shushi", "hy"));
    }
}
