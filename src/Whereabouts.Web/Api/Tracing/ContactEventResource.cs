using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Tracing;

/// <summary>One use of a family's contact (Recorded, Viewed, Replaced, Erased): by whom, when, why; never the contact.</summary>
internal sealed record ContactEventResource(string Kind, string By, DateTimeOffset At, string? Reason)
{
    public static ContactEventResource From(ContactEvent contactEvent)
    {
        ArgumentNullException.ThrowIfNull(contactEvent);
        return new(contactEvent.Kind.ToString(), contactEvent.By, contactEvent.At, contactEvent.Reason);
    }
}
