using Whereabouts.Application.Control;
using Whereabouts.Web.Api.Legal;

namespace Whereabouts.Web.Api.Control;

/// <summary>A period of control as the API shows it; a retracted one says by whom, when and why.</summary>
internal sealed record PlaceControlResource(
    Guid Id,
    Guid PlaceId,
    string Kind,
    string? Party,
    string? Holder,
    string From,
    string? To,
    LinkResource Source,
    string? Locator,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    bool Stands,
    string? RetractedBy,
    DateTimeOffset? RetractedAt,
    string? RetractionReason)
{
    public static PlaceControlResource Of(PlaceControlView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.PlaceId, view.Kind.ToString(), view.Party, view.Holder, view.From.ToString(), view.To?.ToString(),
            LinkResource.From(view.Source), view.Locator, view.Note, view.RecordedBy, view.RecordedAt, view.Stands, view.RetractedBy, view.RetractedAt, view.RetractionReason);
    }
}
