namespace Whereabouts.Application.Tracing;

/// <summary>What the family consents to, as a form or a JSON body gives it (fields <c>consent.shareWith</c>, <c>consent.contactMayBeShared</c>).</summary>
/// <param name="ShareWith">The organisations the request may be shared with ("ICRC"); empty when none.</param>
/// <param name="ContactMayBeShared">Whether the family's contact may be passed on to them.</param>
public sealed record TracingConsentInput(IReadOnlyList<string>? ShareWith = null, bool ContactMayBeShared = false);
