using Whereabouts.Application.Tracing;

namespace Whereabouts.Web.Api.Tracing;

/// <summary>The answer to a recorded reveal: the contact when shown (outcome Shown), or why there is none (NoContact, KeyGone).</summary>
internal sealed record ContactRevealResource(Guid RequestId, string Reference, string Outcome, string? Contact)
{
    public static ContactRevealResource From(ContactReveal reveal)
    {
        ArgumentNullException.ThrowIfNull(reveal);
        return new(reveal.RequestId, reveal.Reference, reveal.Outcome.ToString(), reveal.Contact);
    }

    /// <summary>Everything but the contact: this text may reach a log.</summary>
    public override string ToString() => $"ContactRevealResource {{ Reference = {Reference}, Outcome = {Outcome} }}";
}
