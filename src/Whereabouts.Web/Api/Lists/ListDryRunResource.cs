using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.Lists;

/// <summary>A dry run's answer: the upload it was run on (kept, not queued), what the import would do, and every problem that would refuse it.</summary>
internal sealed record ListDryRunResource(Guid Id, ListImportCountsResource Counts, IReadOnlyList<string> Problems)
{
    public static ListDryRunResource From(Guid id, ListImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(id, ListImportCountsResource.From(report), [.. report.Problems.Select(p => p.English)]);
    }
}
