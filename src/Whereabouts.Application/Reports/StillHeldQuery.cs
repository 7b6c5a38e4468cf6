using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Sources;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The "still held" list of one side as it stood on a day: everyone whose fate on that day, by when
/// things happened (<see cref="Person.FateOn"/>), was reported captured, capture confirmed,
/// detained, on trial or sentenced — with since when, the evidence, and their legal cases — and,
/// for each exchange up to that day, the announced totals against the named people.
/// </summary>
/// <param name="database">The registry.</param>
/// <param name="clock">The clock, for today.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
public sealed class StillHeldQuery(WhereaboutsDatabase database, TimeProvider clock, FateHistoryCache? histories = null)
{
    private const int PeoplePerQuery = 500;

    /// <summary>Builds the list for <paramref name="side"/> on <paramref name="asOf"/> (today, UTC, when null).</summary>
    /// <param name="side">The slug of a party (see <see cref="StillHeldRequest.Parse(string?, string?, string?, TimeProvider, Parties.PartyList)"/> for reading one from input).</param>
    /// <param name="asOf">The day, or null for today.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException"><paramref name="side"/> is not a party's slug.</exception>
    public Task<StillHeldReport> RunAsync(string side, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        RunAsync(side, asOf, null, cancellationToken);

    /// <summary>
    /// Builds the list for <paramref name="side"/> on <paramref name="asOf"/>, as the registry held
    /// it at the end of <paramref name="recordedOn"/> (<see cref="RecordedDay"/>): the fates from
    /// the assertions, retractions and "same person" judgements recorded by then only. Without
    /// <paramref name="asOf"/> the day asked about is <paramref name="recordedOn"/> itself (what
    /// the office knew that day about that day), or today when neither is given.
    /// </summary>
    /// <param name="side">The slug of a party (see <see cref="StillHeldRequest.Parse(string?, string?, string?, TimeProvider, Parties.PartyList)"/> for reading one from input).</param>
    /// <param name="asOf">The day, by when things happened; null for <paramref name="recordedOn"/> or today.</param>
    /// <param name="recordedOn">The day the registry is read as recorded on, or null for what it holds now.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException"><paramref name="side"/> is not a party's slug.</exception>
    /// <remarks>
    /// Only the fates travel in time. The names shown, the sources' titles, the legal cases (lodged by
    /// the day asked about) and the exchanges are the registry's records as they are now.
    /// </remarks>
    public async Task<StillHeldReport> RunAsync(string side, DateOnly? asOf, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        if (!Party.IsSlug(side))
        {
            throw new ArgumentException($"'{side}' is not a party's slug; the still-held list is for one party to the conflict.", nameof(side));
        }

        side = Party.NormalizeSlug(side);

        var day = asOf ?? recordedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var context = database.CreateContext();

        // The as-of question needs each person's history (the current-fate index cannot answer for a
        // past day), but only the held need their names: the side's histories first, then the
        // people on the list.
        var everyone = await FateHistoryCache.ReadAsync(histories, context, recordedOn, cancellationToken).ConfigureAwait(false);
        var candidates = new List<(FateHistory History, FateSummary Fate)>();
        foreach (var history in everyone.Where(h => string.Equals(h.Side, side, StringComparison.Ordinal)))
        {
            var fate = history.FateOn(day);
            if (fate.Current is { } current && FateTransitions.GroupOf(current.Status) == FateGroup.Captivity)
            {
                candidates.Add((history, fate));
            }
        }

        var people = await PeopleAsync(context, candidates.Select(c => c.History.PersonId).ToList(), cancellationToken).ConfigureAwait(false);
        var held = candidates.Select(c => (Person: people[c.History.PersonId], c.Fate, Since: HeldSince(c.History, c.Fate, day))).ToList();

        var sourceIds = held.Select(h => h.Fate.Current!.Evidence.SourceId).Distinct().ToList();
        var sources = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        var standings = await EvidenceStandings.ReadAsync(context, sourceIds, cancellationToken).ConfigureAwait(false);
        var legalCases = await LegalCasesAsync(context, held.Select(h => h.Person.Id).ToList(), day, cancellationToken).ConfigureAwait(false);
        var entries = held
            .OrderBy(h => h.Since).ThenBy(h => h.Person.Name, StringComparer.Ordinal).ThenBy(h => h.Person.Id)
            .Select(h =>
            {
                var current = h.Fate.Current!;
                var evidence = current.Evidence;
                return new StillHeldEntry(
                    new PersonLink(h.Person.Id, h.Person.Name, h.Person.IsInvented),
                    current.Status,
                    h.Since,
                    h.Fate.IsCredible,
                    h.Fate.IsContested,
                    new StillHeldEvidence(evidence.SourceId, sources.GetValueOrDefault(evidence.SourceId, string.Empty), evidence.Quote, evidence.Locator, evidence.Credibility, standings.GetValueOrDefault(evidence.SourceId)),
                    legalCases.GetValueOrDefault(h.Person.Id, []));
            })
            .ToList();

        var exchanges = (await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => e.Date.StatedStart <= day)
            .ToList();
        var totals = await ExchangeReader.TotalsAsync(context, exchanges, cancellationToken).ConfigureAwait(false);
        var tallies = ExchangeReader.Latest(exchanges)
            .Select(e => new ExchangeTally(e.Id, e.Date, e.Terms, totals[e.Id].FirstOrDefault(t => string.Equals(t.Side, side, StringComparison.Ordinal)) ?? new ExchangeTotal(side, [], 0)))
            .ToList();
        return new StillHeldReport(side, day, entries, tallies, recordedOn);
    }

    // The start of the current stretch in captivity: walking back from the current assertion over
    // the assertions that decide the fate (credible ones when there are any, as FateSummary does),
    // the earliest of the unbroken run of captivity statuses. A capture, release and new capture
    // starts a new stretch.
    private static PartialDate HeldSince(FateHistory history, FateSummary fate, DateOnly day)
    {
        var active = history.Standing()
            .Where(a => a.AsOf.StatedStart <= day)
            .Where(a => !fate.IsCredible || a.Evidence.IsCredible)
            .OrderBy(a => a.AsOf.StatedStart).ThenBy(a => a.RecordedAt)
            .ToList();
        var since = fate.Current!.AsOf;
        for (var i = active.Count - 1; i >= 0 && FateTransitions.GroupOf(active[i].Status) == FateGroup.Captivity; i--)
        {
            since = active[i].AsOf;
        }

        return since;
    }

    // The people on the list, for their names: from the search index (each person's primary name,
    // as the dossier heads it), not the people themselves with every name form and detail, a
    // chunk of ids at a time so that a long list stays within the providers' limits on parameters.
    private static async Task<Dictionary<Guid, Named>> PeopleAsync(WhereaboutsDbContext context, List<Guid> ids, CancellationToken cancellationToken)
    {
        var people = new Dictionary<Guid, Named>(ids.Count);
        foreach (var chunk in ids.Chunk(PeoplePerQuery))
        {
            var found = await context.PersonIndex.AsNoTracking().Where(e => chunk.Contains(e.PersonId))
                .Select(e => new Named(e.PersonId, e.DisplayName, e.IsInvented))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var person in found)
            {
                people[person.Id] = person;
            }
        }

        return people;
    }

    // The cases lodged by the day asked about, for the people on the list. Cases are few beside
    // people, and their people are a JSON list, so they are matched here rather than in SQL.
    private static async Task<Dictionary<Guid, IReadOnlyList<StillHeldLegalCase>>> LegalCasesAsync(
        WhereaboutsDbContext context, IReadOnlyList<Guid> personIds, DateOnly day, CancellationToken cancellationToken)
    {
        var wanted = personIds.ToHashSet();
        var cases = await context.LegalCases.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return cases
            .Where(c => c.LodgedOn.StatedStart <= day)
            .OrderBy(c => c.LodgedOn.StatedStart).ThenBy(c => c.Id)
            .SelectMany(c => c.PersonIds.Where(wanted.Contains).Select(person => (Person: person, Case: c)))
            .GroupBy(x => x.Person)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<StillHeldLegalCase>)[.. g.Select(x => new StillHeldLegalCase(x.Case.Id, Summary(x.Case)))]);
    }

    private sealed record Named(Guid Id, string Name, bool IsInvented);

    private static string Summary(LegalCase legalCase) =>
        string.Join(", ", new[] { legalCase.ForumName, legalCase.Number, legalCase.Kind.ToString(), legalCase.Status.ToString() }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
