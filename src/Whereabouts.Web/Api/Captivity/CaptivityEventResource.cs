using Whereabouts.Application.Captivity;
using Whereabouts.Web.Api.Legal;

namespace Whereabouts.Web.Api.Captivity;

/// <summary>An event of captivity as the API shows it; a retracted one says by whom, when and why.</summary>
internal sealed record CaptivityEventResource(
    Guid Id,
    Guid PersonId,
    string Kind,
    string OccurredOn,
    string? DetainingParty,
    string? Place,
    string? By,
    string? Note,
    LinkResource Source,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    bool Stands,
    string? RetractedBy,
    DateTimeOffset? RetractedAt,
    string? RetractionReason)
{
    public static CaptivityEventResource From(CaptivityEventView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.PersonId, view.Kind.ToString(), view.OccurredOn.ToString(), view.DetainingParty, view.Place, view.By, view.Note,
            LinkResource.From(view.Source), view.RecordedBy, view.RecordedAt, view.Stands, view.RetractedBy, view.RetractedAt, view.RetractionReason);
    }
}
