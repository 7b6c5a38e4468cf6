namespace Whereabouts.Domain;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and the month are known.</summary>
    Month,

    /// <summary>The full calendar date is known.</summary>
    Day,
}
