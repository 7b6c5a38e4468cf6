namespace Whereabouts.Web.Api.Tracing;

/// <summary>A status to move a tracing request to (Open, Searching, Answered, Closed) and why; closing and reopening need a reason.</summary>
internal sealed record StatusChangeResource(string? Status, string? Reason);
