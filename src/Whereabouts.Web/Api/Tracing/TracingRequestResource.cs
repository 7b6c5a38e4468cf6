using Whereabouts.Application.Tracing;
using Whereabouts.Web.Api.Legal;

namespace Whereabouts.Web.Api.Tracing;

/// <summary>A tracing request as the API shows it: hasContact says whether a contact is on file; the contact itself only comes from a reveal.</summary>
internal sealed record TracingRequestResource(
    Guid Id,
    string Reference,
    string ReceivedOn,
    string Channel,
    string Status,
    string EnquirerName,
    string Relationship,
    string? Language,
    ConsentResource Consent,
    string SoughtName,
    string? SoughtBirthDate,
    string? LastSeenPlace,
    string? LastSeenOn,
    string? LastSeenWith,
    string? Circumstances,
    Guid? PersonId,
    string? PersonName,
    Guid? SourceId,
    bool HasContact,
    IReadOnlyList<TracingStepResource> Steps,
    IReadOnlyList<ContactEventResource> ContactEvents,
    IReadOnlyList<NotificationResource> Answers,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int Version)
{
    public static TracingRequestResource From(TracingRequestView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var d = view.Details;
        return new(
            view.Id, view.Reference, view.ReceivedOn.ToString(), view.Channel.ToString(), view.Status.ToString(), d.EnquirerName, d.Relationship, d.Language,
            new ConsentResource([.. d.ShareWith], d.ContactMayBeShared), d.SoughtName, d.SoughtBirthDate?.ToString(), d.LastSeenPlace, d.LastSeenOn?.ToString(),
            d.LastSeenWith, d.Circumstances, view.Person?.Id, view.Person?.DisplayName, view.Source?.Id, view.HasContact,
            [.. view.Steps.Select(TracingStepResource.From)], [.. view.ContactEvents.Select(ContactEventResource.From)],
            [.. view.Answers.Select(NotificationResource.From)], view.RecordedBy, view.RecordedAt, view.Version);
    }
}
