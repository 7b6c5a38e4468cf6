using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A list's row ready to become an entry: its fields checked, its fate and side decided.</summary>
internal sealed record ListRowInput(
    int Index,
    int Line,
    string RecordId,
    string? ListId,
    string? GivenName,
    string? FamilyName,
    string? Patronymic,
    PartialDate? BirthDate,
    string? BirthPlace,
    FateStatus? Fate,
    PartialDate? AsOf,
    string? Side,
    ListEntryDetails Details)
{
    /// <summary>The date of birth in the form the linkage engine and the entry keep (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
    public string? BirthDateText => BirthDate?.ToString();
}
