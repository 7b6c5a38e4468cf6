namespace Whereabouts.Application.Tracing;

/// <summary>The one view that holds a family's contact: the answer to a recorded request to see it.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Outcome">Whether the contact is shown, absent, or unreadable.</param>
/// <param name="Contact">The contact details when <see cref="Outcome"/> is <see cref="ContactRevealOutcome.Shown"/>; otherwise null.</param>
public sealed record ContactReveal(Guid RequestId, string Reference, ContactRevealOutcome Outcome, string? Contact)
{
    /// <summary>Everything but the contact: this text may reach a log.</summary>
    public override string ToString() => $"ContactReveal {{ Reference = {Reference}, Outcome = {Outcome} }}";
}
