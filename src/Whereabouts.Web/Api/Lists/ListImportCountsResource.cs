using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.Lists;

/// <summary>What an import did, or a dry run found it would do: rows read, linked to a registry person, put to review, registered as new people.</summary>
internal sealed record ListImportCountsResource(int Rows, int Linked, int ForReview, int NewPeople, int FateAssertions)
{
    public static ListImportCountsResource From(ListImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Rows, report.Linked, report.ForReview, report.NewPeople, report.FateAssertions);
    }
}
