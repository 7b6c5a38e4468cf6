using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The "still held" list of one side as it stood on a day: everyone whose fate on that day, by when
/// things happened (<see cref="Person.FateOn"/>), was reported captured, capture confirmed,
/// detained, on trial or sentenced — with since when, the evidence, and their legal cases — and,
/// for each exchange up to that day, the announced totals against the named people.
/// </summary>
public sealed class StillHeldQuery(WhereaboutsDatabase database, TimeProvider clock)
{
    /// <summary>Builds the list for <paramref name="side"/> on <paramref name="asOf"/> (today, UTC, when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="side"/> is Unknown or not defined.</exception>
    public async Task<StillHeldReport> RunAsync(Side side, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (side == Side.Unknown || !Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "The still-held list is for one side of the conflict.");
        }

        var day = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var context = database.CreateContext();

        // The as-of question needs each person's history, so the people of the side are read whole;
        // the current-fate index cannot answer for a past day.
        var people = await context.People.AsNoTracking().Where(p => p.Side == side).ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = new List<(Person Person, FateSummary Fate, PartialDate Since)>();
        foreach (var person in people)
        {
            var fate = person.FateOn(day);
            if (fate.Current is { } current && FateTransitions.GroupOf(current.Status) == FateGroup.Captivity)
            {
                held.Add((person, fate, HeldSince(person, fate, day)));
            }
        }

        var sourceIds = held.Select(h => h.Fate.Current!.Evidence.SourceId).Distinct().ToList();
        var sources = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        var legalCases = await LegalCasesAsync(context, held.Select(h => h.Person.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var entries = held
            .OrderBy(h => h.Since).ThenBy(h => h.Person.PrimaryName.FullName, StringComparer.Ordinal).ThenBy(h => h.Person.Id)
            .Select(h =>
            {
                var current = h.Fate.Current!;
                var evidence = current.Evidence;
                return new StillHeldEntry(
                    new PersonLink(h.Person.Id, h.Person.PrimaryName.FullName, h.Person.IsInvented),
                    current.Status,
                    h.Since,
                    h.Fate.IsCredible,
                    h.Fate.IsContested,
                    new StillHeldEvidence(evidence.SourceId, sources.GetValueOrDefault(evidence.SourceId, string.Empty), evidence.Quote, evidence.Locator, evidence.Credibility),
                    legalCases.GetValueOrDefault(h.Person.Id, []));
            })
            .ToList();

        var exchanges = (await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => e.Date.StatedStart <= day)
            .ToList();
        var totals = await ExchangeReader.TotalsAsync(context, exchanges, cancellationToken).ConfigureAwait(false);
        var tallies = ExchangeReader.Latest(exchanges)
            .Select(e => new ExchangeTally(e.Id, e.Date, e.Terms, totals[e.Id].FirstOrDefault(t => t.Side == side) ?? new ExchangeTotal(side, [], 0)))
            .ToList();
        return new StillHeldReport(side, day, entries, tallies);
    }

    // The start of the current stretch in captivity: walking back from the current assertion over
    // the assertions that decide the fate (credible ones when there are any, as FateSummary does),
    // the earliest of the unbroken run of captivity statuses. A capture, release and new capture
    // starts a new stretch.
    private static PartialDate HeldSince(Person person, FateSummary fate, DateOnly day)
    {
        var retracted = person.FateRetractions.Select(r => r.AssertionId).ToHashSet();
        var active = person.FateAssertions
            .Where(a => !retracted.Contains(a.Id) && a.AsOf.StatedStart <= day)
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

    // The extension point for legal cases: the registry does not record them yet, so every held
    // person has none. When legal cases exist, read the cases of these people here.
    private static Task<Dictionary<Guid, IReadOnlyList<StillHeldLegalCase>>> LegalCasesAsync(
        WhereaboutsDbContext context, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken)
    {
        _ = context;
        _ = personIds;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new Dictionary<Guid, IReadOnlyList<StillHeldLegalCase>>());
    }
}
