using Whereabouts.Domain;

namespace Whereabouts.Application.Legal;

/// <summary>A legal case as lists show it.</summary>
/// <param name="Id">The case.</param>
/// <param name="Title">A short description.</param>
/// <param name="ForumKind">What kind of body hears it.</param>
/// <param name="ForumName">The court's name.</param>
/// <param name="Number">The case or application number, or null.</param>
/// <param name="Kind">What kind of proceedings.</param>
/// <param name="LodgedOn">When it was lodged or opened.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="PeopleCount">How many people it is about.</param>
/// <param name="LastStepOn">The date of the latest proceeding, or null when none is recorded.</param>
public sealed record LegalCaseListItem(
    Guid Id,
    string Title,
    ForumKind ForumKind,
    string ForumName,
    string? Number,
    LegalCaseKind Kind,
    PartialDate LodgedOn,
    LegalCaseStatus Status,
    int PeopleCount,
    PartialDate? LastStepOn);
