namespace Whereabouts.Web.Api.Tracing;

/// <summary>What the family consents to: the organisations the request may be shared with, and whether its contact may be.</summary>
internal sealed record ConsentResource(IReadOnlyList<string> ShareWith, bool ContactMayBeShared);
