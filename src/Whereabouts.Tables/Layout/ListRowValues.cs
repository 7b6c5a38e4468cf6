namespace Whereabouts.Tables.Layout;

/// <summary>
/// One row of a list read through its layout: each field as the list wrote it (trimmed), a full
/// name also split into its parts in the list's order, dates read, and every unmapped column kept.
/// Values the list wrote but this reader could not interpret are left as text (the fate, the side)
/// for the caller to judge; a date that is not one is a problem, not a value.
/// </summary>
/// <param name="Line">The line or row number of the row.</param>
/// <param name="Id">The row's id or number in the list, or null when the list has none (the caller uses the line).</param>
/// <param name="FullName">The full-name cell as written, when the list has one.</param>
/// <param name="FamilyName">The family name: its column, or the part of the full name.</param>
/// <param name="GivenName">The given name(s): its column, or the part of the full name.</param>
/// <param name="Patronymic">The patronymic or father's name: its column, or the part of the full name.</param>
/// <param name="BirthDate">The date of birth, read.</param>
/// <param name="BirthPlace">The place of birth as written.</param>
/// <param name="Sex">Sex, when the cell says it in a known form.</param>
/// <param name="Side">The side as written.</param>
/// <param name="Rank">The rank as written.</param>
/// <param name="Unit">The unit as written.</param>
/// <param name="ServiceNumber">The service number as written.</param>
/// <param name="FateText">The fate cell as written.</param>
/// <param name="Fate">The fate the cell names, as the name of a registry fate status (e.g. "Missing", "CaptureConfirmed"), or null when the cell is empty or not understood.</param>
/// <param name="FateDate">The fate's date, read.</param>
/// <param name="Notes">Notes as written.</param>
/// <param name="Extra">The unmapped columns' non-empty values, in column order.</param>
public sealed record ListRowValues(
    int Line,
    string? Id,
    string? FullName,
    string? FamilyName,
    string? GivenName,
    string? Patronymic,
    ListDate? BirthDate,
    string? BirthPlace,
    ListSex? Sex,
    string? Side,
    string? Rank,
    string? Unit,
    string? ServiceNumber,
    string? FateText,
    string? Fate,
    ListDate? FateDate,
    string? Notes,
    IReadOnlyList<ListExtraValue> Extra);
