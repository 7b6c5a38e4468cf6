using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Support;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The still-held list's query string read field by field, the day as recorded on beside the day as of.</summary>
public sealed class StillHeldRequestTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private static readonly PartyList Parties = new([new PartyView("armenian", "Armenian", null, null, null, 1), new PartyView("azerbaijani", "Azerbaijani", null, null, null, 1)]);

    [Fact]
    public void Parse_AsOfAndRecordedOn_ReadsBothDays()
    {
        var (side, asOf, recordedOn) = StillHeldRequest.Parse("Armenian", "2020-12-16", " 2020-12-18 ", Clock, Parties);

        Assert.Equal(("armenian", new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 18)), (side, asOf, recordedOn));
    }

    [Fact]
    public void Parse_AsOfLaterThanRecordedOn_IsAllowed()
    {
        var (_, asOf, recordedOn) = StillHeldRequest.Parse("armenian", "2021-06-01", "2020-12-18", Clock, Parties);

        Assert.Equal((new DateOnly(2021, 6, 1), new DateOnly(2020, 12, 18)), (asOf, recordedOn));
    }

    [Fact]
    public void Parse_NoRecordedOn_IsWhatTheRegistryHoldsNow()
    {
        Assert.Null(StillHeldRequest.Parse("armenian", null, "  ", Clock, Parties).RecordedOn);
    }

    [Theory]
    [InlineData("garbage", "is not a day")]
    [InlineData("2020-02-30", "is not a day")]
    [InlineData("2026-12-09", "is in the future")]
    public void Parse_RecordedOnNotADayThatHasCome_IsRefusedNamingRecordedOnAlone(string recordedOn, string message)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => StillHeldRequest.Parse("armenian", "2020-12-16", recordedOn, Clock, Parties));

        Assert.Equal(["recordedOn"], refused.Errors.Keys);
        Assert.Contains(message, Assert.Single(refused.Errors["recordedOn"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDays_BothWrong_NamesEachField()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => StillHeldRequest.ParseDays("yesterday", "2099-01-01", Clock));

        Assert.Equal(["asOf", "recordedOn"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_NoPageAsked_IsTheFirstPageOfTheDefaultSize()
    {
        var ask = StillHeldRequest.Parse("armenian", null, null, null, " ", Clock, Parties);

        Assert.Equal(new StillHeldAsk("armenian", null, null, 1, StillHeldRequest.DefaultPageSize), ask);
    }

    [Fact]
    public void Parse_PageAndSize_ReadsBoth()
    {
        var ask = StillHeldRequest.Parse("Armenian", "2020-12-15", null, " 3 ", "500", Clock, Parties);

        Assert.Equal((3, 500), (ask.Page, ask.PageSize));
    }

    [Theory]
    [InlineData("0", null, "page", "is not a page number")]
    [InlineData("-1", null, "page", "is not a page number")]
    [InlineData("two", null, "page", "is not a page number")]
    [InlineData("99999999999", null, "page", "is not a page number")]
    [InlineData(null, "0", "pageSize", "from 1 to 500")]
    [InlineData(null, "501", "pageSize", "from 1 to 500")]
    [InlineData(null, "1.5", "pageSize", "is not a page size")]
    public void Parse_PageOrSizeOutOfRange_IsRefusedNamingThatFieldAlone(string? page, string? pageSize, string field, string message)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => StillHeldRequest.Parse("armenian", null, null, page, pageSize, Clock, Parties));

        Assert.Equal([field], refused.Errors.Keys);
        Assert.Contains(message, Assert.Single(refused.Errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryFieldWrong_NamesEachField()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => StillHeldRequest.Parse("martian", "yesterday", "2099-01-01", "first", "all", Clock, Parties));

        Assert.Equal(["asOf", "page", "pageSize", "recordedOn", "side"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ParsePage_Nothing_IsTheFirstPageOfTheDefaultSize()
    {
        Assert.Equal((1, StillHeldRequest.DefaultPageSize), StillHeldRequest.ParsePage(null, null));
    }
}
