using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A list row as the list wrote it, for the left side of a review.</summary>
/// <remarks>
/// <see cref="Side"/> is the party slug the list gives the row (in a column, or for the whole list
/// on import), or null. <see cref="Details"/> holds the rest of the row: the name as one cell wrote
/// it, sex, rank, unit, service number, notes and the columns the registry does not read.
/// </remarks>
public sealed record ReviewEntry(
    Guid Id,
    Guid SourceId,
    string SourceTitle,
    string RecordId,
    int Line,
    string? GivenName,
    string? FamilyName,
    string? Patronymic,
    string? BirthDate,
    string? BirthPlace,
    FateStatus? Fate,
    PartialDate? FateAsOf,
    string? Side = null,
    ListEntryDetails? Details = null);
