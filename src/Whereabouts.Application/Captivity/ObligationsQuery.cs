using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// The obligations of the detaining side, per party and period (<see cref="ObligationsReport"/>),
/// and per person (<see cref="CaptivityDossier"/>): captives by the fate history
/// (<see cref="CaptivitySummary"/>), their detaining party by the rules of docs/adr/0026
/// (<see cref="DetainingPartyRule"/>), and what the events of captivity say was done.
/// </summary>
/// <remarks>Records judged the same person are one captive: one history per identity, as the other reports read it, with the events of all its records.</remarks>
/// <param name="database">The registry.</param>
/// <param name="clock">The clock, for today.</param>
/// <param name="deadline">When a notification is late; <see cref="NotificationDeadline.Default"/> when null.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
public sealed class ObligationsQuery(WhereaboutsDatabase database, TimeProvider clock, NotificationDeadline? deadline = null, FateHistoryCache? histories = null)
{
    private const int PeoplePerQuery = 500;

    private NotificationDeadline Deadline => deadline ?? NotificationDeadline.Default;

    /// <summary>
    /// The report for the detaining party <paramref name="party"/> (a recorded party's slug, see
    /// <see cref="ObligationsRequest.Parse"/>) over the captives whose capture date falls from
    /// <paramref name="from"/> to <paramref name="to"/> (each inclusive, each optional).
    /// </summary>
    public async Task<ObligationsReport> RunAsync(string party, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        var today = Today;
        await using var context = database.CreateContext();
        var held = (await CaptivesAsync(context, today, cancellationToken).ConfigureAwait(false))
            .Where(c => string.Equals(c.Party, party, StringComparison.Ordinal))
            .Where(c => (from is null || c.Summary.CapturedOn.StatedStart >= from) && (to is null || c.Summary.CapturedOn.StatedStart <= to))
            .ToList();
        var people = await PeopleAsync(context, [.. held.Select(h => h.Summary.PersonId)], cancellationToken).ConfigureAwait(false);
        var captives = held
            .Select(h => new ObligationsCaptive(people[h.Summary.PersonId], h.Summary, h.Rule, IsLate(h.Summary)))
            .OrderBy(c => c.Summary.CapturedOn.StatedStart).ThenBy(c => c.Person.DisplayName, StringComparer.Ordinal).ThenBy(c => c.Person.Id)
            .ToList();
        return new ObligationsReport(party, from, to, today, Deadline.Days, captives);
    }

    /// <summary>
    /// Every captive's detaining party (null when unknown) and notification outcome, for the public
    /// aggregate (<see cref="PublicObligations"/>): no names are read.
    /// </summary>
    public async Task<PublicObligations> PublicAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var captives = await CaptivesAsync(context, Today, cancellationToken).ConfigureAwait(false);
        return PublicObligations.From([.. captives.Select(c => (c.Party, c.Summary.NotifiedOn is null ? NotificationOutcome.Never : IsLate(c.Summary) ? NotificationOutcome.Late : NotificationOutcome.OnTime))], Deadline.Days);
    }

    /// <summary>The captivity of <paramref name="personId"/>'s identity, or null when no person has that id.</summary>
    public async Task<CaptivityDossier?> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();

        // One connection for the half-dozen statements, closed with the context (every dossier asks).
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var identity = await context.People.AsNoTracking().Where(p => p.Id == personId).Select(p => (Guid?)p.IdentityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (identity is not { } one)
        {
            return null;
        }

        var records = await context.People.AsNoTracking().AsSplitQuery().Where(p => p.IdentityId == one).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await OfIdentityAsync(context, one, records, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="ForPersonAsync"/>, through <paramref name="context"/>, for the identity
    /// <paramref name="identity"/> whose <paramref name="records"/> the caller read whole (the
    /// dossier's page has them), with the legal cases of those records when the caller read them
    /// (<paramref name="cases"/>: at least every case about one of the records; null reads every
    /// case that names a detaining party, when the identity is a captive).
    /// </summary>
    internal async Task<CaptivityDossier> OfIdentityAsync(
        WhereaboutsDbContext context, Guid identity, IReadOnlyCollection<Person> records, IReadOnlyList<LegalCase>? cases, CancellationToken cancellationToken)
    {
        var recordIds = records.Select(r => r.Id).ToList();
        var events = await context.CaptivityEvents.AsNoTracking().Where(e => recordIds.Contains(e.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = FateHistory.OfIdentity(records);
        var summary = CaptivitySummary.Of(history, events, Today);

        // Who holds him is asked of a captive only (the dossier shows it beside the capture): for
        // everyone else, nearly every record, the cases and parties are not read.
        var (party, rule) = summary is null
            ? (null, DetainingPartyRule.Unknown)
            : (await DetainingPartyResolver.ReadAsync(
                    context, new Dictionary<Guid, List<CaptivityEvent>> { [identity] = events }, r => recordIds.Contains(r) ? identity : r, cases, cancellationToken)
                .ConfigureAwait(false)).Of(identity, history.Side);
        var captureSource = summary is null
            ? null
            : (await LegalViews.DocumentsAsync(context, [summary.CaptureSourceId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(summary.CaptureSourceId)
                ?? new DocumentLink(summary.CaptureSourceId, summary.CaptureSourceId.ToString());
        return new CaptivityDossier(
            await CaptivityEvents.ViewsAsync(context, events, cancellationToken).ConfigureAwait(false),
            summary,
            captureSource,
            party,
            rule,
            Deadline.Days,
            summary is not null && IsLate(summary));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private bool IsLate(CaptivitySummary summary) => summary.DaysToNotification is { } days && Deadline.IsLate(days);

    // Every identity the fate histories make a captive, with his detaining party and the rule that gave it.
    private async Task<List<Held>> CaptivesAsync(WhereaboutsDbContext context, DateOnly today, CancellationToken cancellationToken)
    {
        var everyone = await FateHistoryCache.ReadAsync(histories, context, cancellationToken).ConfigureAwait(false);
        var joined = await context.People.AsNoTracking().Where(p => p.IdentityId != p.Id).Select(p => new { p.Id, p.IdentityId })
            .ToDictionaryAsync(p => p.Id, p => p.IdentityId, cancellationToken).ConfigureAwait(false);
        Guid IdentityOf(Guid record) => joined.GetValueOrDefault(record, record);

        var events = (await context.CaptivityEvents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(e => IdentityOf(e.PersonId))
            .ToDictionary(g => g.Key, g => g.ToList());
        var resolver = await DetainingPartyResolver.ReadAsync(context, events, IdentityOf, null, cancellationToken).ConfigureAwait(false);
        var held = new List<Held>();
        foreach (var history in everyone)
        {
            // Most people were never held: a look at their statuses spares them the rest.
            if (!history.Assertions.Any(a => CaptivitySummary.IsCaptivity(a.Status)))
            {
                continue;
            }

            var summary = CaptivitySummary.Of(history, events.TryGetValue(history.PersonId, out var own) ? own : [], today);
            if (summary is not null)
            {
                var (party, rule) = resolver.Of(history.PersonId, history.Side);
                held.Add(new Held(summary, party, rule));
            }
        }

        return held;
    }

    // The captives' names from the search index, a chunk of ids at a time (the providers' limits on parameters).
    private static async Task<Dictionary<Guid, PersonLink>> PeopleAsync(WhereaboutsDbContext context, List<Guid> ids, CancellationToken cancellationToken)
    {
        var people = ids.ToDictionary(id => id, id => new PersonLink(id, id.ToString(), false));
        foreach (var chunk in ids.Chunk(PeoplePerQuery))
        {
            foreach (var person in await context.PersonIndex.AsNoTracking().Where(e => chunk.Contains(e.PersonId))
                .Select(e => new PersonLink(e.PersonId, e.DisplayName, e.IsInvented))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                people[person.Id] = person;
            }
        }

        return people;
    }

    private sealed record Held(CaptivitySummary Summary, string? Party, DetainingPartyRule Rule);
}
