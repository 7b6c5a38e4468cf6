using System.Globalization;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Tests.Display;

public sealed class ReaderScriptTests
{
    // Invented name forms of one invented person, in the registry's order.
    private static readonly string[] Forms = ["Aram Harutyunyan", "Арам Арутюнян", "Արամ Հարությունյան", "Aram Arutyunyan"];

    [Theory]
    [InlineData("hy", NameScript.Armenian)]
    [InlineData("hy-AM", NameScript.Armenian)]
    [InlineData("ru", NameScript.Cyrillic)]
    [InlineData("az", NameScript.Latin)]
    [InlineData("en", NameScript.Latin)]
    [InlineData("fr", NameScript.Latin)]
    public void Of_Culture_IsTheScriptOfItsLanguage(string culture, NameScript expected)
    {
        Assert.Equal(expected, ReaderScript.Of(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void FirstIn_Armenian_PutsTheArmenianFormFirstAndKeepsTheOthersInOrder()
    {
        var ordered = ReaderScript.FirstIn(NameScript.Armenian, Forms, f => f);

        Assert.Equal(["Արամ Հարությունյան", "Aram Harutyunyan", "Арам Арутюнян", "Aram Arutyunyan"], ordered);
    }

    [Fact]
    public void FirstIn_Cyrillic_PutsTheCyrillicFormFirst()
    {
        Assert.Equal("Арам Арутюнян", ReaderScript.FirstIn(NameScript.Cyrillic, Forms, f => f)[0]);
    }

    [Fact]
    public void FirstIn_Latin_KeepsEveryLatinFormInTheRegistrysOrderBeforeTheOthers()
    {
        var ordered = ReaderScript.FirstIn(NameScript.Latin, Forms, f => f);

        Assert.Equal(["Aram Harutyunyan", "Aram Arutyunyan", "Арам Арутюнян", "Արամ Հարությունյան"], ordered);
    }

    [Fact]
    public void FirstIn_NoFormInTheScript_KeepsTheRegistrysOrder()
    {
        string[] forms = ["Арам Арутюнян", "Aram Harutyunyan"];

        Assert.Equal(forms, ReaderScript.FirstIn(NameScript.Armenian, forms, f => f));
    }

    [Fact]
    public void FirstIn_ScriptReadFromTheLetters_NotFromPunctuation()
    {
        // A hyphen and an apostrophe are not letters; the name is Latin whatever surrounds it.
        string[] forms = ["Арам Арутюнян", "Aram O'Neil-Harutyunyan"];

        Assert.Equal("Aram O'Neil-Harutyunyan", ReaderScript.FirstIn(NameScript.Latin, forms, f => f)[0]);
    }
}
