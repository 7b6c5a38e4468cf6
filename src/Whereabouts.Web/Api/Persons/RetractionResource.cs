using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>The withdrawal of a wrong assertion, with the evidence that shows it was wrong.</summary>
internal sealed record RetractionResource(Guid Id, string Reason, EvidenceResource Evidence, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static RetractionResource From(DossierRetraction retraction)
    {
        ArgumentNullException.ThrowIfNull(retraction);
        return new(retraction.Id, retraction.Reason, EvidenceResource.From(retraction.Evidence), retraction.RecordedBy, retraction.RecordedAt);
    }
}
