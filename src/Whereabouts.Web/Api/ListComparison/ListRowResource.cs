using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.ListComparison;

/// <summary>A row of one version of a list: where it is, what it says, and the registry person it is linked to (null while nobody has decided).</summary>
internal sealed record ListRowResource(
    Guid EntryId, int Line, string? RowId, string? GivenName, string? FamilyName, string? Patronymic, string? BirthDate, string? Fate, string? FateAsOf, Guid? PersonId, string? PersonName)
{
    public static ListRowResource From(ListChangeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.EntryId, row.Line, row.RowId, row.GivenName, row.FamilyName, row.Patronymic, row.BirthDate, row.Fate?.ToString(), row.FateAsOf?.ToString(), row.PersonId, row.PersonName);
    }
}
