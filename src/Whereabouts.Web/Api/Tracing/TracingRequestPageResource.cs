namespace Whereabouts.Web.Api.Tracing;

/// <summary>One page of tracing requests, the page number and size, and how many match in all.</summary>
internal sealed record TracingRequestPageResource(IReadOnlyList<TracingRequestSummaryResource> Items, int Page, int PageSize, int Total);
