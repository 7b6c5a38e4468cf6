using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Legal;

/// <summary>
/// Finds the families told something the evidence no longer says: the fate conveyed by the last
/// notification of a person (a corrected notification gives way to its correction) differs from the
/// fate the registry derives now from every standing assertion. Records joined into one identity
/// count as one person, with the identity's fate (one history per identity, as the reports read it).
/// </summary>
public sealed class InformAgainQuery(WhereaboutsDatabase database, FateHistoryCache? histories = null)
{
    /// <summary>Every family to inform again, the longest-waiting (told earliest) first.</summary>
    public Task<IReadOnlyList<InformAgainCase>> ListAsync(CancellationToken cancellationToken = default) => FindAsync(null, cancellationToken);

    /// <summary>The case of <paramref name="personId"/>'s identity, or null when the family was last told what the evidence still says (or nothing).</summary>
    public async Task<InformAgainCase?> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(personId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<IReadOnlyList<InformAgainCase>> FindAsync(Guid? personId, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        Guid? identity = null;
        if (personId is { } id)
        {
            identity = await context.People.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.IdentityId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (identity is null)
            {
                return [];
            }
        }

        var members = context.People.AsNoTracking().Where(p => identity == null || p.IdentityId == identity);
        var told = await (
                from n in context.FamilyNotifications.AsNoTracking()
                join p in members on n.PersonId equals p.Id
                select new { Notification = n, p.IdentityId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (told.Count == 0)
        {
            return [];
        }

        var corrected = told.Where(t => t.Notification.CorrectsId is not null).Select(t => t.Notification.CorrectsId!.Value).ToHashSet();
        var last = told
            .Where(t => t.Notification.ConveyedStatus is not null && !corrected.Contains(t.Notification.Id))
            .GroupBy(t => t.IdentityId)
            .Select(g => (Identity: g.Key, Notification: g
                .OrderBy(t => t.Notification.ToldOn.StatedStart).ThenBy(t => t.Notification.ToldOn.Latest).ThenBy(t => t.Notification.RecordedAt)
                .Last().Notification))
            .ToList();

        var fates = await FatesAsync(context, identity, cancellationToken).ConfigureAwait(false);
        var cases = last
            .Select(l => (l.Identity, l.Notification, Fate: fates.TryGetValue(l.Identity, out var fate) ? fate : FateSummary.Derive([], [])))
            .Where(c => c.Fate.Status != c.Notification.ConveyedStatus)
            .ToList();
        var ids = cases.Select(c => c.Identity).ToList();
        var names = await context.PersonIndex.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToDictionaryAsync(e => e.PersonId, e => e.DisplayName, cancellationToken).ConfigureAwait(false);
        return [.. cases
            .OrderBy(c => c.Notification.ToldOn.StatedStart).ThenBy(c => c.Notification.RecordedAt).ThenBy(c => c.Identity)
            .Select(c => new InformAgainCase(
                c.Identity,
                names.GetValueOrDefault(c.Identity) ?? c.Identity.ToString(),
                c.Notification.Id,
                c.Notification.ToldOn,
                c.Notification.ConveyedStatus!.Value,
                c.Notification.ToldBy,
                c.Notification.Recipient,
                c.Fate.Status,
                c.Fate.Current?.AsOf,
                c.Fate.IsContested))];
    }

    // The current fate of each identity: one person's from their records, or everyone's from the report histories.
    private async Task<Dictionary<Guid, FateSummary>> FatesAsync(WhereaboutsDbContext context, Guid? identity, CancellationToken cancellationToken)
    {
        if (identity is { } one)
        {
            var records = await context.People.AsNoTracking().AsSplitQuery().Where(p => p.IdentityId == one).ToListAsync(cancellationToken).ConfigureAwait(false);
            return new Dictionary<Guid, FateSummary>
            {
                [one] = FateSummary.Derive(records.SelectMany(p => p.FateAssertions), records.SelectMany(p => p.FateRetractions)),
            };
        }

        var everyone = await FateHistoryCache.ReadAsync(histories, context, cancellationToken).ConfigureAwait(false);
        return everyone.ToDictionary(h => h.PersonId, h => h.Fate);
    }
}
