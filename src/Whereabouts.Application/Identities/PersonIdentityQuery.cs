using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>Reads the <see cref="PersonIdentity"/> a record belongs to, for its dossier.</summary>
public sealed class PersonIdentityQuery(WhereaboutsDatabase database)
{
    /// <summary>The identity of the record <paramref name="id"/>, or null when there is no such record.</summary>
    public Task<PersonIdentity?> RunAsync(Guid id, CancellationToken cancellationToken = default) => ReadAsync(id, wholeWhenAlone: true, null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync"/>, for a dossier that shows its own record's names and fates: a record
    /// alone in its identity (nearly every record) comes without them, from two cheap look-ups, so
    /// that the dossier does not read its record twice.
    /// </summary>
    public Task<PersonIdentity?> ForDossierAsync(Guid id, CancellationToken cancellationToken = default) => ReadAsync(id, wholeWhenAlone: false, null, cancellationToken);

    /// <summary>
    /// The identity of the record <paramref name="id"/> as the registry held it at the end of
    /// <paramref name="recordedOn"/> (<see cref="Reports.RecordedDay"/>): the records judged the same
    /// by then (a join or an undo recorded later is not applied), their assertions and retractions
    /// recorded by then, the fate derived from those, and the judgements made by then. Null for
    /// <paramref name="recordedOn"/> is <see cref="ForDossierAsync(Guid, CancellationToken)"/>.
    /// </summary>
    public Task<PersonIdentity?> ForDossierAsync(Guid id, DateOnly? recordedOn, CancellationToken cancellationToken = default) =>
        ReadAsync(id, wholeWhenAlone: false, recordedOn, cancellationToken);

    private async Task<PersonIdentity?> ReadAsync(Guid id, bool wholeWhenAlone, DateOnly? recordedOn, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();

        // One connection for the identity's statements, closed with the context (every dossier asks).
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var identityId = await context.People.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.IdentityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (identityId is not { } identity)
        {
            return null;
        }

        if (recordedOn is { } day)
        {
            return await AsRecordedAsync(context, id, Reports.RecordedDay.End(day), cancellationToken).ConfigureAwait(false);
        }

        return await TodayAsync(context, id, identity, wholeWhenAlone, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="ForDossierAsync(Guid, DateOnly?, CancellationToken)"/>, for the dossier's page,
    /// through its <paramref name="context"/> and of the <paramref name="record"/> its dossier read
    /// whole: a record alone in its identity is described from what was read, not read again.
    /// </summary>
    internal static Task<PersonIdentity> ForDossierAsync(WhereaboutsDbContext context, Person record, DateOnly? recordedOn, CancellationToken cancellationToken) =>
        recordedOn is { } day
            ? AsRecordedAsync(context, record.Id, Reports.RecordedDay.End(day), cancellationToken)
            : TodayAsync(context, record.Id, record.IdentityId, wholeWhenAlone: false, record, cancellationToken);

    // Today's identity of the record <paramref name="id"/>: its records and the judgements on their
    // pairs. A record alone in its identity is described from <paramref name="read"/> when the
    // caller has it, else from the search index.
    private static async Task<PersonIdentity> TodayAsync(
        WhereaboutsDbContext context, Guid id, Guid identity, bool wholeWhenAlone, Person? read, CancellationToken cancellationToken)
    {
        var ids = await context.People.AsNoTracking().Where(p => p.IdentityId == identity).Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairs = await context.PersonPairs.AsNoTracking()
            .Where(p => ids.Contains(p.FirstPersonId) || ids.Contains(p.SecondPersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 1 && !wholeWhenAlone)
        {
            // The search index's row of a record alone is made from the record itself (the same
            // name, side, year of birth and fate), so a record already read is not looked up.
            var alone = read is not null
                ? Alone.Of(read)
                : await context.PersonIndex.AsNoTracking().Where(e => e.PersonId == id)
                    .Select(e => new Alone(e.DisplayName, e.Side, e.BirthYear, e.Fate, e.IsContested))
                    .SingleAsync(cancellationToken).ConfigureAwait(false);
            var own = new Dictionary<Guid, string> { [id] = alone.DisplayName };
            return new PersonIdentity(
                id, identity, [new IdentityRecord(id, alone.DisplayName, alone.Side, null, alone.BirthYear, true)], [], [], alone.Fate, alone.IsContested,
                await JudgementsAsync(context, id, [id], own, pairs, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false));
        }

        var records = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.IdentityId == identity)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await WholeAsync(context, id, identity, records, pairs, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
    }

    // The identity as the judgements recorded before the end of a day made it: the records are
    // regrouped from every pair's judgements, not read from today's identities.
    private static async Task<PersonIdentity> AsRecordedAsync(WhereaboutsDbContext context, Guid id, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var judged = await context.PersonPairs.AsNoTracking().Where(p => p.Judgements.Any())
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = IdentityGrouping.Group(judged
            .Where(p => p.DecisionBefore(end) == MatchDecision.Same)
            .Select(p => (p.FirstPersonId, p.SecondPersonId)));
        var identity = groups.GetValueOrDefault(id, id);
        List<Guid> ids = [.. groups.Where(g => g.Value == identity).Select(g => g.Key).DefaultIfEmpty(id)];
        var records = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => ids.Contains(p.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairs = judged.Where(p => ids.Contains(p.FirstPersonId) || ids.Contains(p.SecondPersonId)).ToList();
        return await WholeAsync(context, id, identity, records, pairs, end, cancellationToken).ConfigureAwait(false);
    }

    // The identity of records read whole, with what was recorded before <paramref name="end"/>
    // (DateTimeOffset.MaxValue: everything).
    private static async Task<PersonIdentity> WholeAsync(
        WhereaboutsDbContext context, Guid id, Guid identity, List<Person> records, List<PersonPair> pairs, DateTimeOffset end, CancellationToken cancellationToken)
    {
        List<Guid> ids = [.. records.Select(r => r.Id)];
        var names = records.ToDictionary(r => r.Id, r => r.PrimaryName.FullName);
        var assertions = records.SelectMany(r => r.FateAssertions.Where(a => a.RecordedAt < end).Select(a => (Record: r.Id, Assertion: a))).ToList();
        var retractions = records.SelectMany(r => r.FateRetractions).Where(r => r.RecordedAt < end).ToList();

        var sourceIds = assertions.Select(a => a.Assertion.Evidence.SourceId).Distinct().ToList();
        var sources = sourceIds.Count == 0
            ? []
            : await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);

        var fate = FateSummary.Derive([.. assertions.Select(a => a.Assertion)], retractions);
        var retracted = retractions.Select(r => r.AssertionId).ToHashSet();
        var fates = assertions
            .Select(x => new IdentityFate(
                x.Record,
                x.Assertion.Id,
                x.Assertion.Status,
                x.Assertion.AsOf,
                sources.GetValueOrDefault(x.Assertion.Evidence.SourceId) ?? x.Assertion.Evidence.SourceId.ToString(),
                x.Assertion.Evidence.Credibility,
                retracted.Contains(x.Assertion.Id),
                x.Assertion.Id == fate.Current?.Id))
            .OrderBy(f => f.AsOf.StatedStart).ThenBy(f => f.AsOf.Latest).ThenBy(f => f.RecordId).ThenBy(f => f.Id)
            .ToList();

        var judgements = await JudgementsAsync(context, id, ids, names, pairs, end, cancellationToken).ConfigureAwait(false);
        return new PersonIdentity(
            id,
            identity,
            [.. records.OrderByDescending(r => r.Id == identity).ThenBy(r => r.Id)
                .Select(r => new IdentityRecord(r.Id, r.PrimaryName.FullName, r.Side, r.ServiceNumber, r.BirthDate?.StatedStart.Year, r.Id == identity))],
            [.. records.OrderByDescending(r => r.Id == identity).ThenBy(r => r.Id)
                .SelectMany(r => r.StandingNames.Select(n => new IdentityName(r.Id, n.FullName, n.Script)))],
            fates,
            fate.Status,
            fate.IsContested,
            judgements);
    }

    // Every judgement on a pair with one of the records, newest first, naming the other record.
    // Only those made before <paramref name="end"/>; as recorded on a past day, none can be undone from the page.
    private static async Task<List<IdentityJudgement>> JudgementsAsync(
        WhereaboutsDbContext context, Guid id, List<Guid> ids, Dictionary<Guid, string> names, List<PersonPair> pairs, DateTimeOffset end, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0)
        {
            return [];
        }

        var outside = pairs.SelectMany(p => new[] { p.FirstPersonId, p.SecondPersonId }).Where(p => !ids.Contains(p)).Distinct().ToList();
        foreach (var other in outside.Count == 0
            ? []
            : await context.PersonIndex.AsNoTracking().Where(e => outside.Contains(e.PersonId))
                .Select(e => new { e.PersonId, e.DisplayName }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            names[other.PersonId] = other.DisplayName;
        }

        var judgements = new List<IdentityJudgement>();
        foreach (var pair in pairs)
        {
            // Seen from the record asked about when it is in the pair, else from the identity's record in it.
            var record = pair.FirstPersonId == id || pair.SecondPersonId == id ? id
                : ids.Contains(pair.FirstPersonId) ? pair.FirstPersonId : pair.SecondPersonId;
            var other = pair.OtherThan(record);
            var standing = pair.Standing?.Id;
            judgements.AddRange(pair.Judgements.Where(j => j.At < end).Select(j => new IdentityJudgement(
                pair.Id, record, other, names.GetValueOrDefault(other) ?? other.ToString(), j.Id, j.Decision, j.IsUndo, j.Actor, j.At, j.Note, j.Confirmed,
                !j.IsUndo && j.Id == standing && end == DateTimeOffset.MaxValue)));
        }

        return [.. judgements.OrderByDescending(j => j.At).ThenByDescending(j => j.IsUndo)];
    }

    private sealed record Alone(string DisplayName, string? Side, int? BirthYear, FateStatus? Fate, bool IsContested)
    {
        // As the search index's row is made (PersonIndexer): the primary name, the side, the earliest year of birth, the fate.
        public static Alone Of(Person record)
        {
            var fate = record.Fate;
            return new Alone(record.PrimaryName.FullName, record.Side, record.BirthDate?.Earliest.Year, fate.Status, fate.IsContested);
        }
    }
}
