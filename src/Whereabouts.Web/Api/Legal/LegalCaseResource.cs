using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>A legal case as the API shows it: kinds and statuses by name, dates in their text form ("2020-12-17").</summary>
internal sealed record LegalCaseResource(
    Guid Id,
    string Title,
    string ForumKind,
    string ForumName,
    string? Number,
    string Kind,
    string LodgedOn,
    IReadOnlyList<LinkResource> People,
    IReadOnlyList<string> Counsel,
    IReadOnlyList<string> Charges,
    string? Sentence,
    string Status,
    IReadOnlyList<LinkResource> Documents,
    string? Notes,
    IReadOnlyList<ProceedingResource> Proceedings,
    int Version)
{
    public static LegalCaseResource From(LegalCaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.Id,
            view.Title,
            view.ForumKind.ToString(),
            view.ForumName,
            view.Number,
            view.Kind.ToString(),
            view.LodgedOn.ToString(),
            [.. view.People.Select(p => new LinkResource(p.Id, p.DisplayName))],
            view.Counsel,
            view.Charges,
            view.Sentence,
            view.Status.ToString(),
            [.. view.Documents.Select(LinkResource.From)],
            view.Notes,
            [.. view.Proceedings.Select(ProceedingResource.From)],
            view.Version);
    }
}
