namespace Whereabouts.Web.Api.Persons;

/// <summary>One page of a search: the people on it, the page number and size, and how many match in all.</summary>
internal sealed record PersonPageResource(IReadOnlyList<PersonSummaryResource> Items, int Page, int PageSize, int Total);
