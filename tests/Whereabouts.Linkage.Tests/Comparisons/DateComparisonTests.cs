using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

public sealed class DateComparisonTests
{
    [Theory]
    [InlineData("2001-05-12", "2001-05-12", "exact")]
    [InlineData("12.05.2001", "2001-05-12", "exact")]
    [InlineData("20010512", "2001-05-12", "exact")]
    [InlineData("2001-05-12", "2001-12-05", "day_month_swapped")]
    [InlineData("2001-05-12", "2001-05-21", "same_year_month")]
    [InlineData("2001", "2001-05-12", "same_year_only_year_known")]
    [InlineData("2001-03-02", "2001-05-12", "same_year")]
    [InlineData("2001-05", "2001-05-30", "same_year_month")]
    [InlineData("2000-05-12", "2001-05-12", "one_year_apart")]
    [InlineData("1998-05-12", "2001-05-12", "different")]
    [InlineData("", "2001-05-12", "missing")]
    [InlineData("unknown", "unknown", "exact")]
    [InlineData("unknown", "2001", "different")]
    [InlineData("2001-13-01", "2001-01-13", "different")]
    public void Compare_TwoBirthDates_GivesTheLevel(string left, string right, string level)
    {
        var comparison = new DateComparison();
        var a = new PreparedField(1);
        var b = new PreparedField(1);
        comparison.Prepare([left], a);
        comparison.Prepare([right], b);

        Assert.Equal(level, comparison.Levels[comparison.Compare(a, 0, b, 0)]);
    }

    [Theory]
    [InlineData("~2001", 2001, 0, 0)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("29.02.2021", 0, 0, 0)]
    [InlineData("19151311", 0, 0, 0)]
    public void TryParse_Formats_ReadTheParts(string text, int year, int month, int day)
    {
        var parsed = DateComparison.TryParse(text, out var y, out var m, out var d);

        Assert.Equal(year != 0, parsed);
        Assert.Equal((year, month, day), (y, m, d));
    }
}
