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

        var assertions = await ReadAssertionsAsync(
            context.FateAssertions.Where(a => members == null || members.Contains(EF.Property<Guid>(a, "PersonId"))), identityOf, null, owners.Count, cancellationToken).ConfigureAwait(false);

        // Retractions are rare beside assertions.
        var retractions = await context.Set<FateRetraction>().AsNoTracking()
            .Where(r => members == null || members.Contains(EF.Property<Guid>(r, "PersonId")))
            .Select(r => new { PersonId = EF.Property<Guid>(r, "PersonId"), Retraction = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return Group(
            owners.Where(o => o.IdentityId == o.Id).Select(o => (o.Id, o.Side)),
            identityOf,
            assertions,
            retractions.Select(r => (r.PersonId, r.Retraction)));
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
        var owned = identityOf.Where(p => p.Key != p.Value).ToDictionary(p => p.Key, p => p.Value);
        var assertions = await ReadAssertionsAsync(context.FateAssertions, owned, end, records.Count, cancellationToken).ConfigureAwait(false);
        var retractions = await context.Set<FateRetraction>().AsNoTracking()
            .Select(r => new { PersonId = EF.Property<Guid>(r, "PersonId"), Retraction = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return Group(
            records.Where(r => identityOf.GetValueOrDefault(r.Id, r.Id) == r.Id).Select(r => (r.Id, r.Side)),
            owned,
            assertions,
            retractions.Where(r => r.Retraction.RecordedAt < end).Select(r => (r.PersonId, r.Retraction)));
    }

    // Every assertion of the query (those recorded before the end, when one is given), grouped by
    // the identity of the record that holds it. Read row by row as flat columns and made here, so
    // that no list of every row is held beside the histories, and the parts that repeat across a
    // million assertions (dates, recorders, evidence of one list) are one object each, not one per
    // assertion: the histories are kept for the app's lifetime, and their size is what each
    // garbage collection walks.
    private static async Task<Dictionary<Guid, List<FateAssertion>>> ReadAssertionsAsync(
        IQueryable<FateAssertion> query, Dictionary<Guid, Guid> identityOf, DateTimeOffset? end, int records, CancellationToken cancellationToken)
    {
        var byOwner = new Dictionary<Guid, List<FateAssertion>>(records);
        var dates = new Dictionary<PartialDate, PartialDate>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var evidence = new Dictionary<(Guid, string?, string?, Credibility), Evidence>();
        var rows = query.AsNoTracking()
            .Select(a => new AssertionRow
            {
                // The owner is a shadow key of the assertion.
                PersonId = EF.Property<Guid>(a, "PersonId"),
                Id = a.Id,
                Status = a.Status,
                AsOf = a.AsOf,
                SourceId = a.Evidence.SourceId,
                Quote = a.Evidence.Quote,
                Locator = a.Evidence.Locator,
                Credibility = a.Evidence.Credibility,
                IncidentId = a.IncidentId,
                PlaceId = a.PlaceId,
                Note = a.Note,
                RecordedBy = a.RecordedBy,
                RecordedAt = a.RecordedAt,
            })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var row in rows)
        {
            if (end is { } before && row.RecordedAt >= before)
            {
                continue;
            }

            if (!dates.TryGetValue(row.AsOf, out var asOf))
            {
                dates[row.AsOf] = asOf = row.AsOf;
            }

            var key = (row.SourceId, row.Quote, row.Locator, row.Credibility);
            if (!evidence.TryGetValue(key, out var grounds))
            {
                evidence[key] = grounds = new Evidence(row.SourceId, row.Quote, row.Locator, row.Credibility);
            }

            if (!texts.TryGetValue(row.RecordedBy, out var recorder))
            {
                texts[row.RecordedBy] = recorder = row.RecordedBy;
            }

            var assertion = new FateAssertion(row.Id, row.Status, asOf, grounds, recorder, row.RecordedAt, row.IncidentId, row.PlaceId, row.Note);
            var owner = identityOf.GetValueOrDefault(row.PersonId, row.PersonId);
            if (!byOwner.TryGetValue(owner, out var list))
            {
                byOwner[owner] = list = new List<FateAssertion>(2);
            }

            list.Add(assertion);
        }

        return byOwner;
    }

    // One history per identity, from each record's assertions (already grouped by identity) and retractions.
    private static List<FateHistory> Group(
        IEnumerable<(Guid Id, string? Side)> identities,
        Dictionary<Guid, Guid> identityOf,
        Dictionary<Guid, List<FateAssertion>> assertionsByPerson,
        IEnumerable<(Guid PersonId, FateRetraction Retraction)> retractions)
    {
        var retractionsByPerson = retractions
            .GroupBy(r => identityOf.GetValueOrDefault(r.PersonId, r.PersonId))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Retraction).ToList());
        return [.. identities.Select(o => new FateHistory(
            o.Id,
            o.Side,
            assertionsByPerson.TryGetValue(o.Id, out var held) ? held.ToArray() : [],
            retractionsByPerson.TryGetValue(o.Id, out var withdrawn) ? withdrawn : []))];
    }

    // One assertion's columns, as read.
    private sealed class AssertionRow
    {
        public Guid PersonId { get; init; }

        public Guid Id { get; init; }

        public FateStatus Status { get; init; }

        public PartialDate AsOf { get; init; } = null!;

        public Guid SourceId { get; init; }

        public string? Quote { get; init; }

        public string? Locator { get; init; }

        public Credibility Credibility { get; init; }

        public Guid? IncidentId { get; init; }

        public Guid? PlaceId { get; init; }

        public string? Note { get; init; }

        public string RecordedBy { get; init; } = string.Empty;

        public DateTimeOffset RecordedAt { get; init; }
    }
}
