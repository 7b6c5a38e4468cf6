namespace Whereabouts.Web.Api.Persons;

/// <summary>
/// One page of a search: the people on it, the page number and size, and how many match in all;
/// <see cref="TotalIsEstimate"/> when the total of a very common name is estimated (to two significant digits) rather than counted.
/// </summary>
internal sealed record PersonPageResource(IReadOnlyList<PersonSummaryResource> Items, int Page, int PageSize, int Total, bool TotalIsEstimate = false);
