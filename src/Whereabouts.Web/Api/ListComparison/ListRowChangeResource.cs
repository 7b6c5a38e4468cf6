using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.ListComparison;

/// <summary>A row in both versions that says something differently: both rows, and each field old → new (field names: Fate, FateDate, GivenName, FamilyName, Patronymic, BirthDate, Rank, Unit, ServiceNumber).</summary>
internal sealed record ListRowChangeResource(ListRowResource Earlier, ListRowResource Newer, IReadOnlyList<ListFieldChangeResource> Fields)
{
    public static ListRowChangeResource From(ListRowChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(ListRowResource.From(change.Earlier), ListRowResource.From(change.Newer), [.. change.Fields.Select(f => new ListFieldChangeResource(f.Field.ToString(), f.Earlier, f.Newer))]);
    }
}
