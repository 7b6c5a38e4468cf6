using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// Reads the fate histories of many people for a report: three flat, untracked queries (people's
/// ids and sides, every fate assertion, every retraction) grouped here, instead of whole Person
/// aggregates with their name forms, which a report over every person does not need.
/// </summary>
internal static class FateHistoryReader
{
    /// <summary>Everyone's history; people without a fate have an empty one.</summary>
    public static Task<List<FateHistory>> ReadAsync(WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        ReadAsync(context, null, cancellationToken);

    /// <summary>The histories of the identities <paramref name="identities"/> (those that still have a record of their own); everyone's when null.</summary>
    public static async Task<List<FateHistory>> ReadAsync(WhereaboutsDbContext context, IReadOnlyCollection<Guid>? identities, CancellationToken cancellationToken)
    {
        var people = context.People.AsNoTracking();
        if (identities is not null)
        {
            people = people.Where(p => identities.Contains(p.IdentityId));
        }

        var owners = await people.Select(p => new { p.Id, p.IdentityId, p.Side }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var identityOf = owners.Where(o => o.IdentityId != o.Id).ToDictionary(o => o.Id, o => o.IdentityId);
        var members = identities is null ? null : owners.Select(o => o.Id).ToList();

        // The owner is a shadow key of the assertion.
        var assertions = await context.FateAssertions.AsNoTracking()
            .Where(a => members == null || members.Contains(EF.Property<Guid>(a, "PersonId")))
            .Select(a => new { PersonId = EF.Property<Guid>(a, "PersonId"), Assertion = a })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Retractions are rare beside assertions.
        var retractions = await context.Set<FateRetraction>().AsNoTracking()
            .Where(r => members == null || members.Contains(EF.Property<Guid>(r, "PersonId")))
            .Select(r => new { PersonId = EF.Property<Guid>(r, "PersonId"), Retraction = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return Group(
            owners.Where(o => o.IdentityId == o.Id).Select(o => (o.Id, o.Side)),
            identityOf,
            assertions.Select(a => (a.PersonId, a.Assertion)),
            retractions.Select(r => (r.PersonId, r.Retraction)),
            owners.Count);
    }

    /// <summary>
    /// Everyone's history as the registry held it at the end of <paramref name="day"/>
    /// (<see cref="RecordedDay"/>): only the assertions and retractions recorded by then, each
    /// record in the identity the "same person" judgements recorded by then made of it. A join or
    /// an undo recorded later is not applied; records with nothing recorded by then have an empty history.
    /// </summary>
    /// <remarks>
    /// The records, not today's identities, are regrouped: each assertion is read with the record
    /// that holds it, and the records are grouped by the pairs that stood judged the same then
    /// (<see cref="PersonPair.DecisionBefore"/>, <see cref="IdentityGrouping"/>), so an identity
    /// joined or separated since is counted as it was. Each identity takes the side of its least
    /// record, as today's identities do. The people's sides are today's: a change of side is kept
    /// in the audit log, not on the record.
    /// </remarks>
    public static async Task<List<FateHistory>> ReadAsRecordedAsync(WhereaboutsDbContext context, DateOnly day, CancellationToken cancellationToken)
    {
        var end = RecordedDay.End(day);
        var records = await context.People.AsNoTracking().Select(p => new { p.Id, p.Side }).ToListAsync(cancellationToken).ConfigureAwait(false);

        // A pair never judged cannot have stood "same" on any day; the others are few beside the
        // records (a handful of judgements a day), and their judgements are a JSON column.
        var pairs = await context.PersonPairs.AsNoTracking().Where(p => p.Judgements.Any())
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var identityOf = IdentityGrouping.Group(pairs
            .Where(p => p.DecisionBefore(end) == MatchDecision.Same)
            .Select(p => (p.FirstPersonId, p.SecondPersonId)));

        // Read whole and filtered here: the providers store times differently (SQLite as text), and
        // every assertion is read for today's histories too; the filter is the cheap part.
        var assertions = await context.FateAssertions.AsNoTracking()
            .Select(a => new { PersonId = EF.Property<Guid>(a, "PersonId"), Assertion = a })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var retractions = await context.Set<FateRetraction>().AsNoTracking()
            .Select(r => new { PersonId = EF.Property<Guid>(r, "PersonId"), Retraction = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return Group(
            records.Where(r => identityOf.GetValueOrDefault(r.Id, r.Id) == r.Id).Select(r => (r.Id, r.Side)),
            identityOf.Where(p => p.Key != p.Value).ToDictionary(p => p.Key, p => p.Value),
            assertions.Where(a => a.Assertion.RecordedAt < end).Select(a => (a.PersonId, a.Assertion)),
            retractions.Where(r => r.Retraction.RecordedAt < end).Select(r => (r.PersonId, r.Retraction)),
            records.Count);
    }

    // One history per identity, from each record's assertions and retractions.
    private static List<FateHistory> Group(
        IEnumerable<(Guid Id, string? Side)> identities,
        Dictionary<Guid, Guid> identityOf,
        IEnumerable<(Guid PersonId, FateAssertion Assertion)> assertions,
        IEnumerable<(Guid PersonId, FateRetraction Retraction)> retractions,
        int records)
    {
        var assertionsByPerson = new Dictionary<Guid, List<FateAssertion>>(records);
        foreach (var (personId, assertion) in assertions)
        {
            var owner = identityOf.GetValueOrDefault(personId, personId);
            if (!assertionsByPerson.TryGetValue(owner, out var list))
            {
                assertionsByPerson[owner] = list = new List<FateAssertion>(3);
            }

            list.Add(assertion);
        }

        var retractionsByPerson = retractions
            .GroupBy(r => identityOf.GetValueOrDefault(r.PersonId, r.PersonId))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Retraction).ToList());
        return [.. identities.Select(o => new FateHistory(
            o.Id,
            o.Side,
            assertionsByPerson.TryGetValue(o.Id, out var held) ? held : [],
            retractionsByPerson.TryGetValue(o.Id, out var withdrawn) ? withdrawn : []))];
    }
}
