using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
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
/// for each exchange up to that day, the announced totals against the named people. Whole
/// (<see cref="RunAsync(string, DateOnly?, DateOnly?, CancellationToken)"/>, for the CLI and
/// exports) or a page at a time (<see cref="PageAsync"/>, for the page and the API).
/// </summary>
/// <param name="database">The registry.</param>
/// <param name="clock">The clock, for today.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
/// <param name="lists">The lists kept between requests (<see cref="StillHeldLists"/>), or null to make the list for each request.</param>
public sealed class StillHeldQuery(WhereaboutsDatabase database, TimeProvider clock, FateHistoryCache? histories = null, StillHeldLists? lists = null)
{
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
        (side, var day) = Check(side, asOf, recordedOn);
        await using var context = database.CreateContext();
        var held = await HeldAsync(context, side, day, recordedOn, cancellationToken).ConfigureAwait(false);
        var entries = await EntriesAsync(context, held, day, cancellationToken).ConfigureAwait(false);
        var tallies = await TalliesAsync(context, side, day, cancellationToken).ConfigureAwait(false);
        return new StillHeldReport(side, day, entries, tallies, recordedOn);
    }

    /// <summary>
    /// One page of the list <see cref="RunAsync(string, DateOnly?, DateOnly?, CancellationToken)"/>
    /// builds whole, in the same order (longest held first, then by name and id), with how many
    /// are held in all: the sources and legal cases are read for the page's people only. A page
    /// past the end of the list is empty.
    /// </summary>
    /// <param name="side">The slug of a party.</param>
    /// <param name="asOf">The day, by when things happened; null for <paramref name="recordedOn"/> or today.</param>
    /// <param name="recordedOn">The day the registry is read as recorded on, or null for what it holds now.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">The most people on a page, from 1.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException"><paramref name="side"/> is not a party's slug.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> or <paramref name="pageSize"/> is below 1 (see <see cref="StillHeldRequest"/> for reading them from input).</exception>
    public async Task<StillHeldPage> PageAsync(string side, DateOnly? asOf, DateOnly? recordedOn, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        (side, var day) = Check(side, asOf, recordedOn);
        await using var context = database.CreateContext();
        var held = await HeldAsync(context, side, day, recordedOn, cancellationToken).ConfigureAwait(false);
        var first = (long)(page - 1) * pageSize;
        HeldPerson[] onPage = first >= held.Length ? [] : held.AsSpan((int)first, (int)Math.Min(pageSize, held.Length - first)).ToArray();
        var entries = await EntriesAsync(context, onPage, day, cancellationToken).ConfigureAwait(false);
        var tallies = await TalliesAsync(context, side, day, cancellationToken).ConfigureAwait(false);
        return new StillHeldPage(side, day, new PagedList<StillHeldEntry>(entries, page, pageSize, held.Length), tallies, recordedOn);
    }

    private (string Side, DateOnly Day) Check(string side, DateOnly? asOf, DateOnly? recordedOn)
    {
        if (!Party.IsSlug(side))
        {
            throw new ArgumentException($"'{side}' is not a party's slug; the still-held list is for one party to the conflict.", nameof(side));
        }

        return (Party.NormalizeSlug(side), asOf ?? recordedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    // The list kept since the registry last changed when the lists are kept (the web app), made
    // for this request otherwise (the CLI).
    private async Task<HeldPerson[]> HeldAsync(WhereaboutsDbContext context, string side, DateOnly day, DateOnly? recordedOn, CancellationToken cancellationToken) =>
        lists is not null
            ? await lists.GetAsync(side, day, recordedOn, cancellationToken).ConfigureAwait(false)
            : await StillHeldLists.MakeAsync(context, histories, side, day, recordedOn, null, cancellationToken).ConfigureAwait(false);

    // The list's entries for the people given: the sources' titles and standing of their evidence
    // and their legal cases, read for them alone.
    private static async Task<List<StillHeldEntry>> EntriesAsync(WhereaboutsDbContext context, HeldPerson[] held, DateOnly day, CancellationToken cancellationToken)
    {
        if (held.Length == 0)
        {
            return [];
        }

        var sourceIds = held.Select(h => h.Fate.Current!.Evidence.SourceId).Distinct().ToList();
        var sources = await EvidenceStandings.ReadWithTitlesAsync(context, sourceIds, cancellationToken).ConfigureAwait(false);
        var legalCases = await LegalCasesAsync(context, held.Select(h => h.PersonId).ToList(), day, cancellationToken).ConfigureAwait(false);
        return [.. held.Select(h =>
        {
            var current = h.Fate.Current!;
            var evidence = current.Evidence;
            return new StillHeldEntry(
                new PersonLink(h.PersonId, h.Name, h.IsInvented),
                current.Status,
                h.Since,
                h.Fate.IsCredible,
                h.Fate.IsContested,
                new StillHeldEvidence(
                    evidence.SourceId,
                    sources.TryGetValue(evidence.SourceId, out var source) ? source.Title : string.Empty,
                    evidence.Quote,
                    evidence.Locator,
                    evidence.Credibility,
                    source?.Standing ?? EvidenceStanding.Plain),
                legalCases.GetValueOrDefault(h.PersonId, []));
        })];
    }

    // Per exchange up to the day, the totals announced for the side against the people it names.
    private static async Task<List<ExchangeTally>> TalliesAsync(WhereaboutsDbContext context, string side, DateOnly day, CancellationToken cancellationToken)
    {
        var exchanges = (await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => e.Date.StatedStart <= day)
            .ToList();
        var totals = await ExchangeReader.TotalsAsync(context, exchanges, cancellationToken).ConfigureAwait(false);
        return [.. ExchangeReader.Latest(exchanges)
            .Select(e => new ExchangeTally(e.Id, e.Date, e.Terms, totals[e.Id].FirstOrDefault(t => string.Equals(t.Side, side, StringComparison.Ordinal)) ?? new ExchangeTotal(side, [], 0)))];
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

    private static string Summary(LegalCase legalCase) =>
        string.Join(", ", new[] { legalCase.ForumName, legalCase.Number, legalCase.Kind.ToString(), legalCase.Status.ToString() }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
