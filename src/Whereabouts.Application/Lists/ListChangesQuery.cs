using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Reads what changed between a list and the earlier version it replaces (rows added, gone and
/// changed, each with the registry person it is linked to), and a list's place among its versions.
/// A chain of versions is compared link by link: the third version with the second, never with the first.
/// </summary>
/// <remarks>
/// Nothing is stored: the comparison is made from the rows as imported and the links as judged
/// now, so a row linked after the import shows its person at once. How rows are paired is
/// <see cref="ListVersionComparer"/>'s business; which gone rows are departures is said on
/// <see cref="ListGoneRow.IsDeparture"/>.
/// </remarks>
public sealed class ListChangesQuery(WhereaboutsDatabase database)
{
    /// <summary>
    /// The list (source id) that <paramref name="id"/> names: a list's own source id, or the id of a
    /// web upload once it is imported. Null when it is neither.
    /// </summary>
    public async Task<Guid?> ResolveListAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (await context.Sources.AsNoTracking().AnyAsync(s => s.Id == id && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false))
        {
            return id;
        }

        return await context.ListImports.AsNoTracking().Where(i => i.Id == id).Select(i => i.SourceId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What changed between the list <paramref name="sourceId"/> and the version it replaces; null
    /// when there is no such list. A list that replaces none has a null <see cref="ListChanges.Earlier"/>.
    /// </summary>
    public async Task<ListChanges?> RunAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var list = await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false);
        return list is null ? null : await CompareAsync(context, list, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The version the list <paramref name="sourceId"/> replaces and the versions that replace it; null when there is no such list.</summary>
    public async Task<ListVersions?> VersionsAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var list = await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return null;
        }

        var earlier = list.SupersedesSourceId is { } earlierId
            ? await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == earlierId, cancellationToken).ConfigureAwait(false)
            : null;
        var later = await context.Sources.AsNoTracking().Where(s => s.SupersedesSourceId == sourceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ListVersions(
            earlier is null ? null : VersionOf(earlier),
            [.. later.OrderBy(s => s.RetrievedAt).ThenBy(s => s.Id).Select(VersionOf)]);
    }

    /// <summary>Compares <paramref name="list"/> with the version it replaces, on an open context.</summary>
    internal static async Task<ListChanges> CompareAsync(WhereaboutsDbContext context, Source list, CancellationToken cancellationToken)
    {
        var version = VersionOf(list);
        if (list.SupersedesSourceId is not { } earlierId)
        {
            return new ListChanges(version, null, [], [], [], 0);
        }

        var earlierSource = await context.Sources.AsNoTracking().SingleAsync(s => s.Id == earlierId, cancellationToken).ConfigureAwait(false);
        var earlier = await RowsAsync(context, earlierId, cancellationToken).ConfigureAwait(false);
        var newer = await RowsAsync(context, list.Id, cancellationToken).ConfigureAwait(false);
        var comparison = ListVersionComparer.Compare(earlier, newer);
        var acknowledged = await context.ListDepartureAcknowledgements.AsNoTracking()
            .Where(a => a.NewerSourceId == list.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byEntry = acknowledged.GroupBy(a => a.GoneEntryId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.AcknowledgedAt).First());
        var gone = comparison.Gone.Select(row =>
        {
            var isDeparture = IsDeparture(row);
            return isDeparture && byEntry.TryGetValue(row.EntryId, out var a)
                ? new ListGoneRow(row, true, a.AcknowledgedBy, a.AcknowledgedAt, a.Note)
                : new ListGoneRow(row, isDeparture);
        }).ToList();
        return new ListChanges(version, VersionOf(earlierSource), comparison.Added, gone, comparison.Changed, comparison.Unchanged);
    }

    /// <summary>
    /// Whether a row gone from a newer version is a departure caseworkers must see: it is linked to
    /// a registry person, and the earlier version held them captive (reported captured, capture
    /// confirmed, detained, on trial, sentenced) or stated no fate. A list of captives often states
    /// none per row, and a person who vanishes from it is exactly what families ask about; a row
    /// the list said was released, repatriated, dead or missing is news already recorded.
    /// </summary>
    internal static bool IsDeparture(ListChangeRow row) =>
        row.PersonId is not null && (row.Fate is not { } fate || FateTransitions.GroupOf(fate) == FateGroup.Captivity);

    internal static ListVersion VersionOf(Source source) => new(source.Id, source.Title, source.PublishedOn, source.RetrievedAt);

    private static async Task<List<ListChangeRow>> RowsAsync(WhereaboutsDbContext context, Guid sourceId, CancellationToken cancellationToken)
    {
        var entries = await context.ListEntries.AsNoTracking()
            .Where(e => e.SourceId == sourceId)
            .Select(e => new { e.Id, e.Line, e.RecordId, e.GivenName, e.FamilyName, e.Patronymic, e.BirthDate, e.Fate, e.FateAsOf, e.Rank, e.Unit, e.ServiceNumber })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var links = await (
                from m in context.ListMatches.AsNoTracking()
                where m.Decision == MatchDecision.Same
                join e in context.ListEntries on m.EntryId equals e.Id
                where e.SourceId == sourceId
                join p in context.PersonIndex on m.PersonId equals p.PersonId
                select new { m.EntryId, m.PersonId, p.IdentityId, p.DisplayName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var linkOf = links.GroupBy(l => l.EntryId).ToDictionary(g => g.Key, g => g.First());
        return [.. entries.Select(e =>
        {
            var link = linkOf.GetValueOrDefault(e.Id);
            return new ListChangeRow(
                e.Id, e.Line, OwnRowId(e.RecordId, e.Line), e.GivenName, e.FamilyName, e.Patronymic, e.BirthDate, e.Fate, e.FateAsOf,
                e.Rank, e.Unit, e.ServiceNumber, link?.PersonId, link?.DisplayName, link?.IdentityId);
        })];
    }

    // A list without an id column gets its line numbers as ids on import (ListRowChecks); those
    // say nothing about who is on the row, so they are not the list's own ids.
    private static string? OwnRowId(string recordId, int line) =>
        string.Equals(recordId, line.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? null : recordId;
}
