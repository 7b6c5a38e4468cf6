namespace Whereabouts.Application.Tracing;

/// <summary>A tracing request as saved: its identity, reference and new version.</summary>
/// <param name="Id">The request.</param>
/// <param name="Reference">Its reference, <c>T-YYYY-NNNN</c>.</param>
/// <param name="Version">Its version after the save.</param>
public sealed record TracingRequestSaved(Guid Id, string Reference, int Version);
