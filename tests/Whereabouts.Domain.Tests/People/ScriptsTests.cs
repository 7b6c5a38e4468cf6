namespace Whereabouts.Domain.Tests;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData("Harutyunyan", NameScript.Latin)]
    [InlineData("Haroutunian", NameScript.Latin)]
    [InlineData("Məmmədov", NameScript.Latin)]
    [InlineData("MƏMMƏDOV", NameScript.Latin)]
    [InlineData("Rəşad oğlu", NameScript.Latin)]
    [InlineData("Qılıncov", NameScript.Latin)]
    [InlineData("İsmayılzadə", NameScript.Latin)]
    [InlineData("Ağayev Şükür", NameScript.Latin)]
    [InlineData("Арутюнян", NameScript.Cyrillic)]
    [InlineData("Мамедов", NameScript.Cyrillic)]
    [InlineData("Рашад Эльшанович", NameScript.Cyrillic)]
    [InlineData("Ґалаґан Їжак", NameScript.Cyrillic)]
    [InlineData("Հարությունյան", NameScript.Armenian)]
    [InlineData("ՀԱՐՈՒԹՅՈՒՆՅԱՆ", NameScript.Armenian)]
    [InlineData("Գևորգ", NameScript.Armenian)]
    public void Detect_TextInOneScript_ReturnsThatScript(string text, NameScript expected)
    {
        Assert.Equal(expected, Scripts.Detect(text));
    }

    [Theory]
    [InlineData("Ter-Petrosyan", NameScript.Latin)]
    [InlineData("O'Hanlon", NameScript.Latin)]
    [InlineData("Hovhannisyan.", NameScript.Latin)]
    [InlineData("  Gevorg  (Gevo)  ", NameScript.Latin)]
    [InlineData("Тер-Петросян", NameScript.Cyrillic)]
    [InlineData("Тер\u2011Петросян", NameScript.Cyrillic)]
    [InlineData("Д’Артаньян", NameScript.Cyrillic)]
    [InlineData("Տեր-Պետրոսյան", NameScript.Armenian)]
    [InlineData("Հարությունյան։", NameScript.Armenian)]
    [InlineData("Մ. Հարությունյան 2-րդ", NameScript.Armenian)]
    public void Detect_PunctuationSpacesAndDigits_AreIgnored(string text, NameScript expected)
    {
        Assert.Equal(expected, Scripts.Detect(text));
    }

    [Fact]
    public void Detect_DecomposedLetters_AreReadByTheirBaseLetter()
    {
        // "Ağayev" typed as g + combining breve: the mark is not a letter and must not confuse detection.
        Assert.Equal(NameScript.Latin, Scripts.Detect("Ag\u0306ayev"));
    }

    [Theory]
    [InlineData("Gevorg Арутюнян")]
    [InlineData("Мамедов Məmmədov")]
    [InlineData("Հարությունյան Harutyunyan")]
    [InlineData("Арутюнян Հարությունյան")]
    [InlineData("Mамедов")] // a Latin M among Cyrillic letters: a look-alike that must not pass
    [InlineData("Harutyunyаn")] // a Cyrillic а among Latin letters
    public void Detect_MixedScripts_ReturnsNull(string text)
    {
        Assert.Null(Scripts.Detect(text));
    }

    [Theory]
    [InlineData("Παπαδόπουλος")]
    [InlineData("ბერიძე")]
    [InlineData("محمد")]
    [InlineData("王")]
    public void Detect_ScriptTheRegistryDoesNotHandle_ReturnsNull(string text)
    {
        Assert.Null(Scripts.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-.'")]
    [InlineData("1990")]
    public void Detect_NoLetters_ReturnsNull(string text)
    {
        Assert.Null(Scripts.Detect(text));
    }

    [Fact]
    public void Detect_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Scripts.Detect(null!));
    }

    [Theory]
    [InlineData(NameScript.Latin, "Latin")]
    [InlineData(NameScript.Cyrillic, "Cyrillic")]
    [InlineData(NameScript.Armenian, "Armenian")]
    public void Describe_EveryScript_GivesItsEnglishName(NameScript script, string expected)
    {
        Assert.Equal(expected, Scripts.Describe(script));
    }
}
