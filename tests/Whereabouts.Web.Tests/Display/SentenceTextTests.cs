using System.Globalization;
using Whereabouts.Domain;
using Whereabouts.Web.Display;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Display;

public sealed class SentenceTextTests
{
    [Fact]
    public void Of_AKnownTemplateInRussian_TranslatesItAndWritesTheNumberTheRussianWay()
    {
        var text = ReaderCulture.Of("ru", () => SentenceText.Of(Sentence.Of($"The note is longer than {2000:N0} characters.")));

        Assert.Equal(string.Format(CultureInfo.GetCultureInfo("ru"), "Примечание длиннее {0:N0} символов.", 2000), text);
        Assert.DoesNotContain("2,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ADateInArmenian_WritesItAsThePagesWriteDates()
    {
        var date = PartialDate.Parse("2031-03-04");

        var text = ReaderCulture.Of("hy", () => SentenceText.Of(Sentence.Of($"{date} is in the future.")));

        Assert.Equal(ReaderCulture.Of("hy", () => Labels.Date(date)) + "-ը ապագայում է։", text);
    }

    [Fact]
    public void Of_ANestedSentence_TranslatesBothParts()
    {
        Assert.False(PartialDate.TryParse("2020-13", out _, out var error));

        var text = ReaderCulture.Of("az", () => SentenceText.Of(error));

        Assert.Equal("'2020-13' tarix deyil: 13 ayı mövcud deyil.", text);
    }

    [Fact]
    public void Of_ATemplateNobodyTranslated_ReadsInEnglishWithTheValuesInTheReadersCulture()
    {
        var text = ReaderCulture.Of("ru", () => SentenceText.Of(Sentence.Of($"Invented message with {0.5} in it.")));

        Assert.Equal("Invented message with 0,5 in it.", text);
    }

    [Fact]
    public void Of_InEnglish_IsTheEnglishText()
    {
        var sentence = Sentence.Of($"Keep it to {500} characters; this is {501}.");

        Assert.Equal(sentence.English, ReaderCulture.Of("en", () => SentenceText.Of(sentence)));
    }
}
