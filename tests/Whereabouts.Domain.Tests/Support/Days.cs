using System.Globalization;

namespace Whereabouts.Domain.Tests;

/// <summary>Short ways to write the dates and moments the tests use.</summary>
internal static class Days
{
    /// <summary>The moment most test assertions are recorded at: well after the events of 2020.</summary>
    public static readonly DateTimeOffset LongAfter = new(2021, 6, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A calendar day written yyyy-MM-dd.</summary>
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Noon UTC on a day written yyyy-MM-dd.</summary>
    public static DateTimeOffset NoonUtc(string text) => new(Day(text).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
