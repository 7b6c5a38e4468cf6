using Whereabouts.Domain;

namespace Whereabouts.Application.Tracing;

/// <summary>A tracing request as a list of work shows it beside a person: enough to know whom to call.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Reference">Its reference (<c>T-2021-0042</c>).</param>
/// <param name="Relationship">How the enquirer is related to the person sought.</param>
/// <param name="Status">Where the request stands.</param>
public sealed record RequestLink(Guid RequestId, string Reference, string Relationship, TracingRequestStatus Status);
