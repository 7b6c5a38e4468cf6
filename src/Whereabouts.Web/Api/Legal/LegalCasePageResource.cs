namespace Whereabouts.Web.Api.Legal;

/// <summary>One page of legal cases, the page number and size, and how many match in all.</summary>
internal sealed record LegalCasePageResource(IReadOnlyList<LegalCaseSummaryResource> Items, int Page, int PageSize, int Total);
