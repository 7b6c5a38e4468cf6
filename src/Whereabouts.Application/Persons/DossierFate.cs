using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>One entry of a person's fate history, with its evidence and, if it was withdrawn, the retraction.</summary>
/// <param name="Id">The assertion.</param>
/// <param name="Status">The state asserted.</param>
/// <param name="AsOf">The date the state refers to.</param>
/// <param name="Evidence">What the assertion rests on.</param>
/// <param name="IncidentId">The incident the state arose in, or null.</param>
/// <param name="IncidentName">That incident's name, or null.</param>
/// <param name="PlaceId">Where the person was, or null.</param>
/// <param name="PlaceName">That place's name, or null.</param>
/// <param name="Note">A caseworker's remark, or null.</param>
/// <param name="RecordedBy">The account that recorded the assertion.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="Retraction">The withdrawal of the assertion, or null while it stands.</param>
/// <param name="IsCurrent">True for the assertion that decides the current fate.</param>
public sealed record DossierFate(
    Guid Id,
    FateStatus Status,
    PartialDate AsOf,
    DossierEvidence Evidence,
    Guid? IncidentId,
    string? IncidentName,
    Guid? PlaceId,
    string? PlaceName,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DossierRetraction? Retraction,
    bool IsCurrent)
{
    /// <summary>True when the assertion was withdrawn and no longer counts.</summary>
    public bool IsRetracted => Retraction is not null;

    /// <summary>
    /// True when the assertion stands and its only evidence was shown false (docs/adr/0029): a person
    /// must decide whether to retract it; the registry does not.
    /// </summary>
    public bool IsFlaggedForReview => !IsRetracted && Evidence.Standing?.IsShownFalse == true;
}
