using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A registry person, for the right side of a review.</summary>
public sealed record ReviewPerson(
    Guid Id,
    string DisplayName,
    IReadOnlyList<string> Names,
    PartialDate? BirthDate,
    string? BirthPlace,
    string? Side,
    FateStatus? Fate,
    bool IsContested);
