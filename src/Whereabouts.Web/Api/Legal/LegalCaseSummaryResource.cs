using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>A legal case in a list.</summary>
internal sealed record LegalCaseSummaryResource(
    Guid Id, string Title, string ForumKind, string ForumName, string? Number, string Kind, string LodgedOn, string Status, int PeopleCount, string? LastStepOn)
{
    public static LegalCaseSummaryResource From(LegalCaseListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Title, item.ForumKind.ToString(), item.ForumName, item.Number, item.Kind.ToString(),
            item.LodgedOn.ToString(), item.Status.ToString(), item.PeopleCount, item.LastStepOn?.ToString());
    }
}
