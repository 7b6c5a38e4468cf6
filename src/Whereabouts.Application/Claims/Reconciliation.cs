using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Claims;

/// <summary>
/// Every accepted claim about one incident or place and one category, side by side with the number
/// of named people the registry holds there with that fate. The figures are never reduced to one:
/// the spread between sources and the denials are the point.
/// </summary>
/// <param name="ScopeName">The incident's or place's name.</param>
/// <param name="Category">The category reconciled.</param>
/// <param name="Side">The side, or null for every side.</param>
/// <param name="Claims">The accepted claims, by the date they refer to (undated last).</param>
/// <param name="RegistryRule">What the registry's number counts, in words; null when the registry
/// does not record this category as a fate (wounded, arrested).</param>
/// <param name="RegistryToday">The registry's number today, or null when it does not record the category.</param>
/// <param name="RegistryOverTime">The registry's number on each day a claim is compared on (<see cref="ComparedOn"/>), and today.</param>
public sealed record Reconciliation(
    string ScopeName,
    CountCategory Category,
    string? Side,
    IReadOnlyList<ClaimView> Claims,
    string? RegistryRule,
    int? RegistryToday,
    IReadOnlyList<RegistryCountPoint> RegistryOverTime)
{
    /// <summary>The asserted (not denied, not rumoured) claims that state a number.</summary>
    public IReadOnlyList<ClaimView> Asserted => [.. Claims.Where(c => c.Status == ClaimStatus.Asserted && c.Count is not null)];

    /// <summary>The lowest asserted figure, or null.</summary>
    public int? LowestAsserted => Asserted.Count == 0 ? null : Asserted.Min(c => c.Count!.Value);

    /// <summary>The highest asserted figure (the top of a range counts), or null.</summary>
    public int? HighestAsserted => Asserted.Count == 0 ? null : Asserted.Max(c => c.CountMax ?? c.Count!.Value);

    /// <summary>True when asserted figures differ from each other: the sources disagree.</summary>
    public bool IsDisputed => LowestAsserted != HighestAsserted;

    /// <summary>
    /// The day a claim dated <paramref name="asOf"/> is set beside the registry: the last day of the
    /// period it names, and never after <paramref name="today"/>. "73 missing as of December 2020"
    /// speaks of what was known in that month; on its first day the registry had not yet recorded
    /// most of the month's losses, and would answer a misleading zero.
    /// </summary>
    public static DateOnly ComparedOn(PartialDate asOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        var start = asOf.StatedStart;
        var end = asOf.Precision switch
        {
            DatePrecision.Day => start,
            DatePrecision.Month => start.AddMonths(1).AddDays(-1),
            _ => new DateOnly(start.Year, 12, 31),
        };
        return end < today ? end : today;
    }

    /// <summary>The registry's number on the day <paramref name="claim"/> is compared on, or null when it is undated or the registry does not record its category.</summary>
    public RegistryCountPoint? RegistryAt(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.AsOf is not { } asOf || RegistryOverTime.Count == 0)
        {
            return null;
        }

        var day = ComparedOn(asOf, RegistryOverTime[^1].Day);
        return RegistryOverTime.FirstOrDefault(p => p.Day == day);
    }

    /// <summary>The claims someone denied.</summary>
    public IReadOnlyList<ClaimView> Denied => [.. Claims.Where(c => c.Status == ClaimStatus.Denied)];
}
