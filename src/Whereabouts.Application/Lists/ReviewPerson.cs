using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A registry person, for the right side of a review; the military particulars when known (a service number is often the surest sign of one man).</summary>
public sealed record ReviewPerson(
    Guid Id,
    string DisplayName,
    IReadOnlyList<string> Names,
    PartialDate? BirthDate,
    string? BirthPlace,
    string? Side,
    FateStatus? Fate,
    bool IsContested,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null);
