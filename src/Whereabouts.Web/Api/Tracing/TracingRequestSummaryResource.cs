using Whereabouts.Application.Tracing;

namespace Whereabouts.Web.Api.Tracing;

/// <summary>A tracing request in a list: no contact, only whether one is on file.</summary>
internal sealed record TracingRequestSummaryResource(
    Guid Id, string Reference, string ReceivedOn, string Channel, string Status, string SoughtName, string Relationship, Guid? PersonId, bool HasContact)
{
    public static TracingRequestSummaryResource From(TracingRequestListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Reference, item.ReceivedOn.ToString(), item.Channel.ToString(), item.Status.ToString(), item.SoughtName, item.Relationship, item.PersonId, item.HasContact);
    }
}
