namespace Whereabouts.Domain;

/// <summary>
/// What a list's row says beyond the name, date and place of birth: the name as one cell wrote it,
/// sex, the military particulars a prisoner is identified by (Geneva Convention III, art. 17: rank,
/// service number), the list's notes, and every column the registry does not read, kept as written.
/// </summary>
/// <param name="NameAsWritten">The full-name cell as the list wrote it, when the list gave the name in one cell.</param>
/// <param name="Sex">Sex as the list states it.</param>
/// <param name="Rank">Military rank as written.</param>
/// <param name="Unit">Military unit as written.</param>
/// <param name="ServiceNumber">Service (personal) number as written.</param>
/// <param name="Notes">The list's notes on the row.</param>
/// <param name="OtherColumns">The columns the registry does not read, with their headers, in the list's order.</param>
public sealed record ListEntryDetails(
    string? NameAsWritten = null,
    Sex Sex = Sex.Unknown,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null,
    string? Notes = null,
    IReadOnlyList<ListEntryColumn>? OtherColumns = null);
