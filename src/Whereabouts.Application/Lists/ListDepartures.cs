using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// People gone from a newer version of a list that held them captive (see
/// <see cref="ListChangesQuery.IsDeparture"/>): highlighted for caseworkers until one of them
/// acknowledges the departure, once, with a note of what was done. An acknowledgement is attributed
/// and audited like every change, and never removed.
/// </summary>
public sealed class ListDepartures(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The longest note kept with an acknowledgement.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Every departure nobody has acknowledged, across lists: the newest version first, then by line.</summary>
    public async Task<IReadOnlyList<ListDeparture>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var newer = await context.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKind.List && s.SupersedesSourceId != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await PendingOfAsync(context, newer, identityId: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many departures wait for a caseworker.</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        (await PendingAsync(cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>The pending departures of the person <paramref name="personId"/>, or of any record judged the same person.</summary>
    public async Task<IReadOnlyList<ListDeparture>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();

        // One connection for its statements, closed with the context (every dossier asks).
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var identity = await context.PersonIndex.AsNoTracking().Where(p => p.PersonId == personId).Select(p => (Guid?)p.IdentityId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return identity is { } one ? await ForIdentityAsync(context, one, cancellationToken).ConfigureAwait(false) : [];
    }

    /// <summary>
    /// The pending departures of the records of the identity <paramref name="identity"/>, through
    /// <paramref name="context"/> (the dossier's page, which knows the identity from the record it read).
    /// </summary>
    internal static async Task<IReadOnlyList<ListDeparture>> ForIdentityAsync(WhereaboutsDbContext context, Guid identity, CancellationToken cancellationToken)
    {
        // Only the lists replaced by a newer version that hold one of the identity's records need comparing.
        var newer = await (
                from p in context.PersonIndex.AsNoTracking()
                where p.IdentityId == identity
                join m in context.ListMatches on p.PersonId equals m.PersonId
                where m.Decision == MatchDecision.Same
                join e in context.ListEntries on m.EntryId equals e.Id
                join s in context.Sources on e.SourceId equals s.SupersedesSourceId
                select s)
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await PendingOfAsync(context, newer, identity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Acknowledges that the row <paramref name="goneEntryId"/> of the earlier version is gone from the list <paramref name="newerSourceId"/>.</summary>
    /// <returns>The acknowledgement's id, or null when the list has no such gone row.</returns>
    /// <exception cref="ValidationFailedException">The note is too long (field "note").</exception>
    /// <exception cref="DomainRuleException">The row is gone but no departure (rule list-departure.not-a-departure), or it was acknowledged already (rule list-departure.already-acknowledged).</exception>
    public async Task<Guid?> AcknowledgeAsync(Guid newerSourceId, Guid goneEntryId, string? note, CancellationToken cancellationToken = default)
    {
        if (note is { Length: > MaxNoteLength })
        {
            throw new ValidationFailedException("note", $"The note is longer than {MaxNoteLength:N0} characters.");
        }

        await using var context = database.CreateContext(actor.Name);
        var list = await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == newerSourceId && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return null;
        }

        var changes = await ListChangesQuery.CompareAsync(context, list, cancellationToken).ConfigureAwait(false);
        var gone = changes.Gone.FirstOrDefault(g => g.Row.EntryId == goneEntryId);
        if (gone is null)
        {
            return null;
        }

        if (!gone.IsDeparture)
        {
            throw new DomainRuleException(
                "list-departure.not-a-departure",
                "This row is gone from the newer list, but it is not linked to a registry person held captive: there is no departure to acknowledge.");
        }

        if (gone.AcknowledgedBy is not null)
        {
            throw new DomainRuleException(
                "list-departure.already-acknowledged",
                $"This departure was acknowledged by {gone.AcknowledgedBy} at {gone.AcknowledgedAt:yyyy-MM-dd HH:mm} UTC; it is acknowledged once.");
        }

        var acknowledgement = new ListDepartureAcknowledgement(Guid.Empty, newerSourceId, goneEntryId, gone.Row.PersonId!.Value, actor.Name, clock.GetUtcNow(), note);
        context.ListDepartureAcknowledgements.Add(acknowledgement);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return acknowledgement.Id;
    }

    private static async Task<List<ListDeparture>> PendingOfAsync(WhereaboutsDbContext context, List<Source> newer, Guid? identityId, CancellationToken cancellationToken)
    {
        var pending = new List<ListDeparture>();
        foreach (var list in newer.OrderByDescending(s => s.RetrievedAt).ThenBy(s => s.Id))
        {
            var changes = await ListChangesQuery.CompareAsync(context, list, cancellationToken).ConfigureAwait(false);
            pending.AddRange(changes.Gone
                .Where(g => g.IsPending && (identityId is null || g.Row.IdentityId == identityId))
                .Select(g => new ListDeparture(changes.List, changes.Earlier!, g.Row)));
        }

        return pending;
    }
}
