using Whereabouts.Ingestion.Text;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2021-01-12", 2021, 1, 12)]
    [InlineData("2021-01-12T23:30:00-05:00", 2021, 1, 12)]
    [InlineData("12 January 2021", 2021, 1, 12)]
    [InlineData("Jan. 12, 2021", 2021, 1, 12)]
    [InlineData("January 12th, 2021", 2021, 1, 12)]
    [InlineData("12.01.2021", 2021, 1, 12)]
    [InlineData("12 января 2021", 2021, 1, 12)]
    public void Parse_CommonForms_GiveTheWrittenDate(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2021-02-30")]
    public void Parse_NoValidDate_GivesNull(string text)
    {
        Assert.Null(DateText.Parse(text));
    }

    [Theory]
    [InlineData("STEPANAKERT, Jan. 12, 2021 — The invented office said", 2021, 1, 12)]
    [InlineData("12 January 2021, Yerevan: an invented statement", 2021, 1, 12)]
    [InlineData("NOR ARAN (2021-03-03) - Invented volunteers resumed", 2021, 3, 3)]
    public void Dateline_OpeningDateline_GivesItsDate(string paragraph, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.Dateline(paragraph));
    }

    [Fact]
    public void Dateline_DateLaterInTheSentence_IsNotADateline()
    {
        Assert.Null(DateText.Dateline("Invented officials said on Tuesday that talks held on 12 January 2021 had failed."));
    }
}
