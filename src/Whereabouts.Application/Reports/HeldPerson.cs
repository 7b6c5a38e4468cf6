using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// One person on a side's still-held list of a day, as the list is kept between requests: what
/// orders the list (since when, the name, the id) and the fate on that day, which holds the
/// evidence. The sources' titles and standing and the legal cases are read for a page's people only.
/// </summary>
/// <param name="PersonId">The person (the identity's own record).</param>
/// <param name="Name">The name the search index heads the person with.</param>
/// <param name="IsInvented">Whether the person is invented (demo or test data).</param>
/// <param name="Fate">The fate on the day: a captivity status, with its evidence.</param>
/// <param name="Since">When the current stretch in captivity began.</param>
internal readonly record struct HeldPerson(Guid PersonId, string Name, bool IsInvented, FateSummary Fate, PartialDate Since)
{
    /// <summary>The first day <see cref="Since"/> can stand for, as a day number: the list's first key (<see cref="PartialDate.CompareTo"/>), worked out once rather than at each comparison of a sort.</summary>
    public int SinceEarliest { get; } = Since.Earliest.DayNumber;

    /// <summary>The last day <see cref="Since"/> can stand for, as a day number: the list's second key.</summary>
    public int SinceLatest { get; } = Since.Latest.DayNumber;
}
