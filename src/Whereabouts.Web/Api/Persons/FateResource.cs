using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>One entry of a person's fate history; flaggedForReview when it stands on evidence shown false (docs/adr/0029).</summary>
internal sealed record FateResource(
    Guid Id,
    string Status,
    string AsOf,
    EvidenceResource Evidence,
    Guid? IncidentId,
    string? Incident,
    Guid? PlaceId,
    string? Place,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    RetractionResource? Retraction,
    bool Current,
    bool FlaggedForReview)
{
    public static FateResource From(DossierFate fate)
    {
        ArgumentNullException.ThrowIfNull(fate);
        return new(
            fate.Id,
            fate.Status.ToString(),
            fate.AsOf.ToString(),
            EvidenceResource.From(fate.Evidence),
            fate.IncidentId,
            fate.IncidentName,
            fate.PlaceId,
            fate.PlaceName,
            fate.Note,
            fate.RecordedBy,
            fate.RecordedAt,
            fate.Retraction is null ? null : RetractionResource.From(fate.Retraction),
            fate.IsCurrent,
            fate.IsFlaggedForReview);
    }
}
