using System.Globalization;

namespace Whereabouts.Domain.Tests;

public sealed class SentenceTests
{
    [Fact]
    public void Of_AnInterpolatedString_KeepsItsHolesAsNumberedPlaceholdersAndValues()
    {
        var date = PartialDate.Parse("2030-01");

        var sentence = Sentence.Of($"{date} is in the future; keep it to {500} characters.");

        Assert.Equal("{0} is in the future; keep it to {1} characters.", sentence.Template);
        Assert.Equal(new object?[] { date, 500 }, sentence.Arguments);
        Assert.Equal("2030-01 is in the future; keep it to 500 characters.", sentence.English);
    }

    [Fact]
    public void Of_HolesWithAlignmentAndFormat_KeepThemInThePlaceholders()
    {
        var sentence = Sentence.Of($"[{12345,8:N0}] [{7,-3}] on {new DateTimeOffset(2021, 1, 12, 14, 5, 0, TimeSpan.Zero):yyyy-MM-dd HH:mm}");

        Assert.Equal("[{0,8:N0}] [{1,-3}] on {2:yyyy-MM-dd HH:mm}", sentence.Template);
        Assert.Equal("[  12,345] [7  ] on 2021-01-12 14:05", sentence.English);
    }

    [Fact]
    public void Of_LiteralBraces_AreDoubledInTheTemplateAndSingleInEnglish()
    {
        var name = "Arman";

        var sentence = Sentence.Of($"Write {{name}} as {name}.");

        Assert.Equal("Write {{name}} as {0}.", sentence.Template);
        Assert.Equal("Write {name} as Arman.", sentence.English);
    }

    [Fact]
    public void English_UnderAnotherCulture_WritesTheValuesInvariantly()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            var sentence = Sentence.Of($"{1234.5} is more than {2000:N0}.");

            Assert.Equal("1234.5 is more than 2,000.", sentence.English);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Of_AFixedText_IsItsOwnTemplateBracesAndAll()
    {
        var sentence = Sentence.Of("Use {0} as it is.");

        Assert.Equal("Use {0} as it is.", sentence.Template);
        Assert.Equal("Use {0} as it is.", sentence.English);
        Assert.Empty(sentence.Arguments);
    }

    [Fact]
    public void Format_WithoutArguments_IsPlainTextWithSingleBraces()
    {
        var sentence = Sentence.Format("Write {{name}}.");

        Assert.Equal("Write {name}.", sentence.Template);
        Assert.Equal("Write {name}.", sentence.English);
    }

    [Fact]
    public void Of_ANestedSentence_IsWrittenByItsEnglish()
    {
        var inner = Sentence.Of($"month {13} does not exist");

        var text = "2020-13";

        var outer = Sentence.Of($"'{text}' is not a date: {inner}.");

        Assert.Same(inner, outer.Arguments[1]);
        Assert.Equal("'2020-13' is not a date: month 13 does not exist.", outer.English);
    }

    [Fact]
    public void Equals_TwoSentencesWithTheSameEnglish_AreEqual()
    {
        Assert.Equal(Sentence.Of($"No place has the id {7}."), Sentence.Of("No place has the id 7."));
        Assert.NotEqual(Sentence.Of($"No place has the id {7}."), Sentence.Of($"No place has the id {8}."));
    }
}
