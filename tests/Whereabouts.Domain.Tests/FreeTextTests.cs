namespace Whereabouts.Domain.Tests;

public sealed class FreeTextTests
{
    [Fact]
    public void Clean_DecomposedText_IsComposed()
    {
        // "e" followed by a combining acute accent, as some keyboards and PDF copies write é.
        Assert.Equal("Invent\u00E9", FreeText.Clean("Invente\u0301"));
    }

    [Fact]
    public void Clean_ControlCharacters_AreRemovedButTabsAndLineEndsStay()
    {
        Assert.Equal("line one\r\nline\ttwo[2K", FreeText.Clean("line one\r\nline\ttwo\u001B[2K\0\u009B"));
    }

    [Fact]
    public void Clean_BrokenSurrogatePair_IsReplacedRatherThanThrowing()
    {
        Assert.Equal("Invented \uFFFD", FreeText.Clean("Invented " + (char)0xD800));
    }

    [Fact]
    public void Clean_Noncharacter_IsReplacedRatherThanThrowing()
    {
        // Found by the property test: normalisation refuses U+FFFE.
        Assert.Equal("Invented \uFFFD\uFFFD", FreeText.Clean("Invented \uFFFE\uFFFF"));
    }

    [Fact]
    public void Clean_Null_IsNull()
    {
        Assert.Null(FreeText.Clean(null));
    }
}
