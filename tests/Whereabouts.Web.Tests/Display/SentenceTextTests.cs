using System.Globalization;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Tests.Display;

public sealed class SentenceTextTests
{
    [Fact]
    public void Of_AKnownTemplateInRussian_TranslatesItAndWritesTheNumberTheRussianWay()
    {
        var text = InCulture("ru", () => SentenceText.Of(Sentence.Of($"The note is longer than {2000:N0} characters.")));

        Assert.Equal(string.Format(CultureInfo.GetCultureInfo("ru"), "Примечание длиннее {0:N0} символов.", 2000), text);
        Assert.DoesNotContain("2,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ADateInArmenian_WritesItAsThePagesWriteDates()
    {
        var date = PartialDate.Parse("2031-03-04");

        var text = InCulture("hy", () => SentenceText.Of(Sentence.Of($"{date} is in the future.")));

        Assert.Equal(InCulture("hy", () => Labels.Date(date)) + "-ը ապագայում է։", text);
    }

    [Fact]
    public void Of_ANestedSentence_TranslatesBothParts()
    {
        Assert.False(PartialDate.TryParse("2020-13", out _, out var error));

        var text = InCulture("az", () => SentenceText.Of(error));

        Assert.Equal("'2020-13' tarix deyil: 13 ayı mövcud deyil.", text);
    }

    [Fact]
    public void Of_ATemplateNobodyTranslated_ReadsInEnglishWithTheValuesInTheReadersCulture()
    {
        var text = InCulture("ru", () => SentenceText.Of(Sentence.Of($"Invented message with {0.5} in it.")));

        Assert.Equal("Invented message with 0,5 in it.", text);
    }

    [Fact]
    public void Of_InEnglish_IsTheEnglishText()
    {
        var sentence = Sentence.Of($"Keep it to {500} characters; this is {501}.");

        Assert.Equal(sentence.English, InCulture("en", () => SentenceText.Of(sentence)));
    }

    private static string InCulture(string name, Func<string> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
