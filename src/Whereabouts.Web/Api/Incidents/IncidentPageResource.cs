namespace Whereabouts.Web.Api.Incidents;

/// <summary>One page of incidents, the page number and size, and how many match in all.</summary>
internal sealed record IncidentPageResource(IReadOnlyList<IncidentSummaryResource> Items, int Page, int PageSize, int Total);
