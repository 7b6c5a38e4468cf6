namespace Whereabouts.Web.Api.Sources;

/// <summary>One page of sources, the page number and size, and how many match in all.</summary>
internal sealed record SourcePageResource(IReadOnlyList<SourceSummaryResource> Items, int Page, int PageSize, int Total);
