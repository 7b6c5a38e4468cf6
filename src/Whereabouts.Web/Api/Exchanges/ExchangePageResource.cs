namespace Whereabouts.Web.Api.Exchanges;

/// <summary>One page of exchanges, the page number and size, and how many there are in all.</summary>
internal sealed record ExchangePageResource(IReadOnlyList<ExchangeSummaryResource> Items, int Page, int PageSize, int Total);
