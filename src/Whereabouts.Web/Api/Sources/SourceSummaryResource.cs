using Whereabouts.Application.Sources;

namespace Whereabouts.Web.Api.Sources;

/// <summary>A source in a list.</summary>
internal sealed record SourceSummaryResource(Guid Id, string Kind, string Title, string? Publisher, string? PublishedOn, string Reliability)
{
    public static SourceSummaryResource From(SourceListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Kind.ToString(), item.Title, item.Publisher, item.PublishedOn?.ToString(), item.Reliability.ToString());
    }
}
