namespace Whereabouts.Domain.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2001")]
    [InlineData("2020-12")]
    [InlineData("2020-12-14")]
    [InlineData("~2001")]
    [InlineData("~2020-12")]
    [InlineData("~2020-12-12")]
    [InlineData("2024-02-29")]
    [InlineData("0002")]
    [InlineData("9998-12-31")]
    public void Parse_WellFormedText_RoundTripsThroughToString(string text)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.ToString());
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
    }

    [Theory]
    [InlineData("2001", 2001, null, null, false, DatePrecision.Year)]
    [InlineData("2020-12", 2020, 12, null, false, DatePrecision.Month)]
    [InlineData("2020-12-14", 2020, 12, 14, false, DatePrecision.Day)]
    [InlineData("~2001", 2001, null, null, true, DatePrecision.Year)]
    [InlineData("~2020-12", 2020, 12, null, true, DatePrecision.Month)]
    [InlineData("~2020-12-12", 2020, 12, 12, true, DatePrecision.Day)]
    public void Parse_WellFormedText_ReadsEveryPart(string text, int year, int? month, int? day, bool approximate, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData(" 2020-12 ", "2020-12")]
    [InlineData("\t~2001\n", "~2001")]
    public void Parse_SurroundingWhitespace_IsIgnored(string text, string expected)
    {
        Assert.Equal(expected, PartialDate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-00")]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2020-12-00")]
    [InlineData("2020-12-32")]
    [InlineData("20")]
    [InlineData("20201")]
    [InlineData("2020-1-01")]
    [InlineData("2020-01-1")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("~")]
    [InlineData("abcd")]
    [InlineData("December 2020")]
    [InlineData("2020-12-14-01")]
    [InlineData("2020/12/14")]
    [InlineData("14.12.2020")]
    [InlineData("+2020")]
    [InlineData("-2020")]
    [InlineData("~~2020")]
    [InlineData("0001")]
    [InlineData("9999")]
    public void Parse_MalformedText_ThrowsFormatExceptionQuotingTheInput(string text)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-13", "month 13")]
    [InlineData("2020-02-30", "day 30")]
    [InlineData("0001", "year 1")]
    public void Parse_ImpossibleDate_SaysWhichPartIsWrong(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
    }

    [Fact]
    public void TryParse_WellFormedText_ReturnsTheDateAndNoError()
    {
        var parsed = PartialDate.TryParse("~2020-12", out var date, out var error);

        Assert.True(parsed);
        Assert.Equal(PartialDate.OfMonth(2020, 12).Approximately(), date);
        Assert.Equal(string.Empty, error.English);
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("letters")]
    [InlineData(null)]
    public void TryParse_MalformedText_ReturnsFalseWithAnError(string? text)
    {
        var parsed = PartialDate.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Contains("is not a date", error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_GiveTheSameValuesAsParsing()
    {
        Assert.Equal(PartialDate.Parse("2001"), PartialDate.OfYear(2001));
        Assert.Equal(PartialDate.Parse("2020-12"), PartialDate.OfMonth(2020, 12));
        Assert.Equal(PartialDate.Parse("2020-12-14"), PartialDate.OfDay(2020, 12, 14));
        Assert.Equal(PartialDate.Parse("2020-12-14"), PartialDate.OfDay(new DateOnly(2020, 12, 14)));
        Assert.Equal(PartialDate.Parse("~2020-12-12"), PartialDate.OfDay(2020, 12, 12).Approximately());
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 1, 1)]
    [InlineData(2020, 13, 1)]
    [InlineData(2020, 0, 1)]
    [InlineData(2021, 2, 29)]
    [InlineData(2020, 4, 31)]
    [InlineData(2020, 12, 0)]
    public void OfDay_ImpossibleDate_ThrowsArgumentOutOfRange(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(year, month, day));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void OfYear_YearWithoutRoomToWiden_ThrowsArgumentOutOfRange(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(year));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(0)]
    public void OfMonth_MonthOutOfRange_ThrowsArgumentOutOfRange(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2020, month));
    }

    [Fact]
    public void Approximately_ReturnsAnApproximateCopyAndLeavesTheOriginalExact()
    {
        var exact = PartialDate.OfMonth(2020, 12);

        var approximate = exact.Approximately();

        Assert.True(approximate.IsApproximate);
        Assert.False(exact.IsApproximate);
        Assert.Equal(DatePrecision.Month, approximate.Precision);
        Assert.Equal("~2020-12", approximate.ToString());
    }

    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-12", "2020-12-01", "2020-12-31")]
    [InlineData("2020-04", "2020-04-01", "2020-04-30")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2020-12-14", "2020-12-14", "2020-12-14")]
    [InlineData("~2001", "2000-01-01", "2002-12-31")]
    [InlineData("~2020-12", "2020-11-01", "2021-01-31")]
    [InlineData("~2020-01", "2019-12-01", "2020-02-29")]
    [InlineData("~2021-04", "2021-03-01", "2021-05-31")]
    [InlineData("~2020-02", "2020-01-01", "2020-03-31")]
    [InlineData("~2021-01", "2020-12-01", "2021-02-28")]
    [InlineData("~2020-12-12", "2020-12-11", "2020-12-13")]
    [InlineData("~2020-03-01", "2020-02-29", "2020-03-02")]
    [InlineData("~2021-03-01", "2021-02-28", "2021-03-02")]
    [InlineData("~2020-12-31", "2020-12-30", "2021-01-01")]
    [InlineData("~0002", "0001-01-01", "0003-12-31")]
    [InlineData("~9998-12-31", "9998-12-30", "9999-01-01")]
    public void EarliestAndLatest_GiveTheRangeOfDaysTheDateStandsFor(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(Days.Day(earliest), date.Earliest);
        Assert.Equal(Days.Day(latest), date.Latest);
    }

    [Theory]
    [InlineData("2020-12", "2020-12-01", true)]
    [InlineData("2020-12", "2020-12-31", true)]
    [InlineData("2020-12", "2020-11-30", false)]
    [InlineData("2020-12", "2021-01-01", false)]
    [InlineData("~2020-12-12", "2020-12-11", true)]
    [InlineData("~2020-12-12", "2020-12-10", false)]
    [InlineData("2020-12-12", "2020-12-11", false)]
    [InlineData("~2001", "2000-06-15", true)]
    public void Contains_DayInsideOrOutsideTheRange_AnswersAccordingly(string text, string day, bool expected)
    {
        Assert.Equal(expected, PartialDate.Parse(text).Contains(Days.Day(day)));
    }

    [Theory]
    [InlineData("2020-12-13", "2020-12-14", true)]
    [InlineData("2020-11", "2020-12-14", true)]
    [InlineData("2020-11-30", "2020-12", true)]
    [InlineData("2019", "2020-01-01", true)]
    [InlineData("2020-12", "2020-12-14", false)]
    [InlineData("2020-12-14", "2020-12", false)]
    [InlineData("2020-12-14", "2020-12-14", false)]
    [InlineData("2020-12-14", "2020-12-13", false)]
    [InlineData("~2020-12-13", "2020-12-14", false)]
    [InlineData("2020-12-12", "~2020-12-14", true)]
    [InlineData("2020-12-12", "~2020-12-13", false)]
    [InlineData("~2001", "2002-12-31", false)]
    [InlineData("~2001", "2003-01-01", true)]
    public void IsDefinitelyBefore_ComparesWholeRanges(string first, string second, bool expected)
    {
        Assert.Equal(expected, PartialDate.Parse(first).IsDefinitelyBefore(PartialDate.Parse(second)));
    }

    [Theory]
    [InlineData("2020-12", "2020-12-14", true)]
    [InlineData("2020", "2020-06", true)]
    [InlineData("2020-12-14", "2020-12-14", true)]
    [InlineData("~2020-12-12", "2020-12-13", true)]
    [InlineData("~2020-12", "2021-01-31", true)]
    [InlineData("2020-12-12", "2020-12-14", false)]
    [InlineData("2020-11", "2020-12", false)]
    [InlineData("~2020-12-12", "2020-12-14", false)]
    public void Overlaps_SharedDayOrNot_IsSymmetric(string first, string second, bool expected)
    {
        var a = PartialDate.Parse(first);
        var b = PartialDate.Parse(second);

        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void IsDefinitelyBeforeAndOverlaps_Null_ThrowArgumentNullException()
    {
        var date = PartialDate.OfYear(2020);

        Assert.Throws<ArgumentNullException>(() => date.IsDefinitelyBefore(null!));
        Assert.Throws<ArgumentNullException>(() => date.Overlaps(null!));
    }

    [Fact]
    public void CompareTo_SortsByEarliestDayThenByLatest()
    {
        List<string> texts = ["2020-12-14", "~2020-12-12", "2020-12", "2001", "2020-12-01", "~2001", "2021"];
        var unsorted = texts.Select(PartialDate.Parse).ToList();

        var sorted = unsorted.Order().Select(d => d.ToString()).ToList();

        // ~2001 starts in 2000; 2020-12-01 is inside 2020-12 and starts with it, so it sorts first.
        Assert.Equal(["~2001", "2001", "2020-12-01", "2020-12", "~2020-12-12", "2020-12-14", "2021"], sorted);
    }

    [Fact]
    public void CompareTo_Null_SortsNullFirst()
    {
        Assert.True(PartialDate.OfYear(2020).CompareTo(null) > 0);
    }

    [Fact]
    public void ComparisonOperators_FollowCompareTo()
    {
        var month = PartialDate.OfMonth(2020, 12);
        var day = PartialDate.OfDay(2020, 12, 14);
        var sameMonth = PartialDate.Parse("2020-12");

        Assert.True(month < day);
        Assert.True(month <= day);
        Assert.True(day > month);
        Assert.True(day >= month);
        Assert.False(day < month);
        Assert.False(month > day);
        Assert.True(month <= sameMonth);
        Assert.True(month >= sameMonth);
        Assert.False(month < sameMonth);
    }

    [Fact]
    public void ComparisonOperators_Null_IsLowest()
    {
        PartialDate? none = null;
        PartialDate? alsoNone = null;
        var date = PartialDate.OfYear(2020);

        Assert.True(none < date);
        Assert.True(date > none);
        Assert.False(date < none);
        Assert.True(none <= alsoNone);
        Assert.False(none < alsoNone);
    }

    [Fact]
    public void Equals_SameParts_AreEqualWithEqualHashCodes()
    {
        var parsed = PartialDate.Parse("~2020-12-12");
        var built = PartialDate.OfDay(2020, 12, 12).Approximately();

        Assert.Equal(parsed, built);
        Assert.True(parsed == built);
        Assert.Equal(parsed.GetHashCode(), built.GetHashCode());
    }

    [Theory]
    [InlineData("2020-12", "2020-12-01")]
    [InlineData("2020", "2020-01")]
    [InlineData("2020-12-12", "~2020-12-12")]
    [InlineData("2020-12-12", "2020-12-13")]
    public void Equals_DifferentKnowledge_AreNotEqual(string first, string second)
    {
        Assert.NotEqual(PartialDate.Parse(first), PartialDate.Parse(second));
    }
}
