using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>
/// Puts every record in the identity the standing "same person" judgements say, after a judgement
/// changed them. Only records whose identity changes are touched (and so versioned and audited).
/// </summary>
internal static class IdentityMembership
{
    /// <summary>Regroups the records; the pairs judged or added in <paramref name="context"/>, and the records added to it, count as saved.</summary>
    public static async Task ApplyAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        // Pairs judged the same are few beside the registry (a tracing office joins a handful a
        // day), so the groups are recomputed whole: simple, and right however the judgements chain.
        var stored = await context.PersonPairs.AsNoTracking()
            .Where(p => p.Decision == MatchDecision.Same)
            .Select(p => new { p.Id, p.FirstPersonId, p.SecondPersonId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = context.ChangeTracker.Entries<PersonPair>().Select(e => e.Entity).ToDictionary(p => p.Id);
        var same = stored.Where(p => !changed.ContainsKey(p.Id)).Select(p => (p.FirstPersonId, p.SecondPersonId))
            .Concat(changed.Values.Where(p => p.Decision == MatchDecision.Same).Select(p => (p.FirstPersonId, p.SecondPersonId)));
        var identities = IdentityGrouping.Group(same);

        var joined = await context.People.AsNoTracking()
            .Where(p => p.IdentityId != p.Id)
            .Select(p => new { p.Id, p.IdentityId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = joined.ToDictionary(p => p.Id, p => p.IdentityId);
        var moving = new Dictionary<Guid, Guid>();
        foreach (var (person, identity) in identities)
        {
            var now = current.TryGetValue(person, out var held) ? held : person;
            if (now != identity)
            {
                moving[person] = identity;
            }
        }

        foreach (var (person, _) in current.Where(p => !identities.ContainsKey(p.Key)))
        {
            moving[person] = person;
        }

        if (moving.Count == 0)
        {
            return;
        }

        // Records added in this context (a snapshot's) are not stored yet, so no query finds them.
        var added = context.ChangeTracker.Entries<Person>()
            .Where(e => e.State == EntityState.Added && moving.ContainsKey(e.Entity.Id))
            .Select(e => e.Entity)
            .ToList();
        var ids = moving.Keys.Except(added.Select(p => p.Id)).ToList();
        var people = await context.People.AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var person in people.Concat(added))
        {
            person.BelongTo(moving[person.Id]);
        }
    }
}
