namespace Whereabouts.Web.Api.Places;

/// <summary>One page of places, the page number and size, and how many match in all.</summary>
internal sealed record PlacePageResource(IReadOnlyList<PlaceSummaryResource> Items, int Page, int PageSize, int Total);
