using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.ListComparison;

/// <summary>What changed between a list and the earlier version it replaces.</summary>
internal sealed record ListChangesResource(
    Guid SourceId,
    string Title,
    Guid EarlierSourceId,
    string EarlierTitle,
    IReadOnlyList<ListRowResource> Added,
    IReadOnlyList<ListGoneRowResource> Gone,
    IReadOnlyList<ListRowChangeResource> Changed,
    int Unchanged)
{
    public static ListChangesResource From(ListChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var earlier = changes.Earlier ?? throw new ArgumentException("The list is not a new version of another.", nameof(changes));
        return new(
            changes.List.SourceId,
            changes.List.Title,
            earlier.SourceId,
            earlier.Title,
            [.. changes.Added.Select(ListRowResource.From)],
            [.. changes.Gone.Select(ListGoneRowResource.From)],
            [.. changes.Changed.Select(ListRowChangeResource.From)],
            changes.Unchanged);
    }
}
