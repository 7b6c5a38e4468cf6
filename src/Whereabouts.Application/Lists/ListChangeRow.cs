using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A row of one version of a list as compared with another version: what it says, and the registry person it is linked to.</summary>
/// <param name="EntryId">The row (list entry).</param>
/// <param name="Line">The line of the file it was read from.</param>
/// <param name="RowId">The row's id in its list, or null when the list had none and the line number served.</param>
/// <param name="GivenName">The given name as the list wrote it.</param>
/// <param name="FamilyName">The family name as the list wrote it.</param>
/// <param name="Patronymic">The patronymic as the list wrote it.</param>
/// <param name="BirthDate">The date of birth as read (YYYY[-MM[-DD]]).</param>
/// <param name="Fate">The fate the row states, or null when the list states none.</param>
/// <param name="FateAsOf">The date that fate refers to.</param>
/// <param name="Rank">The military rank as written.</param>
/// <param name="Unit">The military unit as written.</param>
/// <param name="ServiceNumber">The service number as written.</param>
/// <param name="PersonId">The registry person the row is linked to (judged the same), or null while nobody has decided.</param>
/// <param name="PersonName">That person's primary name.</param>
/// <param name="IdentityId">The identity that person belongs to: two records judged one person share it.</param>
public sealed record ListChangeRow(
    Guid EntryId,
    int Line,
    string? RowId,
    string? GivenName,
    string? FamilyName,
    string? Patronymic,
    string? BirthDate,
    FateStatus? Fate,
    PartialDate? FateAsOf,
    string? Rank,
    string? Unit,
    string? ServiceNumber,
    Guid? PersonId,
    string? PersonName,
    Guid? IdentityId)
{
    /// <summary>The name as the list wrote it, given name first.</summary>
    public string Name => string.Join(' ', new[] { GivenName, Patronymic, FamilyName }.Where(p => p is not null));
}
