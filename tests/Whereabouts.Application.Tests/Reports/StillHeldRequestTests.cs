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
}
