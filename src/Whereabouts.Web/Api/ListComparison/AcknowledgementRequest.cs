namespace Whereabouts.Web.Api.ListComparison;

/// <summary>The acknowledgement of a departure.</summary>
/// <param name="Note">What was done or found (optional; up to 4,000 characters).</param>
internal sealed record AcknowledgementRequest(string? Note = null);
