using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>Reads the <see cref="PersonIdentity"/> a record belongs to, for its dossier.</summary>
public sealed class PersonIdentityQuery(WhereaboutsDatabase database)
{
    /// <summary>The identity of the record <paramref name="id"/>, or null when there is no such record.</summary>
    public Task<PersonIdentity?> RunAsync(Guid id, CancellationToken cancellationToken = default) => ReadAsync(id, wholeWhenAlone: true, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync"/>, for a dossier that shows its own record's names and fates: a record
    /// alone in its identity (nearly every record) comes without them, from two cheap look-ups, so
    /// that the dossier does not read its record twice.
    /// </summary>
    public Task<PersonIdentity?> ForDossierAsync(Guid id, CancellationToken cancellationToken = default) => ReadAsync(id, wholeWhenAlone: false, cancellationToken);

    private async Task<PersonIdentity?> ReadAsync(Guid id, bool wholeWhenAlone, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var identityId = await context.People.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.IdentityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (identityId is not { } identity)
        {
            return null;
        }

        var ids = await context.People.AsNoTracking().Where(p => p.IdentityId == identity).Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairs = await context.PersonPairs.AsNoTracking()
            .Where(p => ids.Contains(p.FirstPersonId) || ids.Contains(p.SecondPersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 1 && !wholeWhenAlone)
        {
            var alone = await context.PersonIndex.AsNoTracking().Where(e => e.PersonId == id)
                .Select(e => new { e.DisplayName, e.Side, e.BirthYear, e.Fate, e.IsContested })
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            var own = new Dictionary<Guid, string> { [id] = alone.DisplayName };
            return new PersonIdentity(
                id, identity, [new IdentityRecord(id, alone.DisplayName, alone.Side, null, alone.BirthYear, true)], [], [], alone.Fate, alone.IsContested,
                await JudgementsAsync(context, id, [id], own, pairs, cancellationToken).ConfigureAwait(false));
        }

        var records = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.IdentityId == identity)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        ids = [.. records.Select(r => r.Id)];
        var names = records.ToDictionary(r => r.Id, r => r.PrimaryName.FullName);

        var sourceIds = records.SelectMany(r => r.FateAssertions).Select(a => a.Evidence.SourceId).Distinct().ToList();
        var sources = sourceIds.Count == 0
            ? []
            : await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);

        var fate = FateSummary.Derive([.. records.SelectMany(r => r.FateAssertions)], [.. records.SelectMany(r => r.FateRetractions)]);
        var retracted = records.SelectMany(r => r.FateRetractions).Select(r => r.AssertionId).ToHashSet();
        var fates = records
            .SelectMany(r => r.FateAssertions.Select(a => new IdentityFate(
                r.Id,
                a.Id,
                a.Status,
                a.AsOf,
                sources.GetValueOrDefault(a.Evidence.SourceId) ?? a.Evidence.SourceId.ToString(),
                a.Evidence.Credibility,
                retracted.Contains(a.Id),
                a.Id == fate.Current?.Id)))
            .OrderBy(f => f.AsOf.StatedStart).ThenBy(f => f.AsOf.Latest).ThenBy(f => f.RecordId).ThenBy(f => f.Id)
            .ToList();

        var judgements = await JudgementsAsync(context, id, ids, names, pairs, cancellationToken).ConfigureAwait(false);
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
    private static async Task<List<IdentityJudgement>> JudgementsAsync(
        WhereaboutsDbContext context, Guid id, List<Guid> ids, Dictionary<Guid, string> names, List<PersonPair> pairs, CancellationToken cancellationToken)
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
            judgements.AddRange(pair.Judgements.Select(j => new IdentityJudgement(
                pair.Id, record, other, names.GetValueOrDefault(other) ?? other.ToString(), j.Id, j.Decision, j.IsUndo, j.Actor, j.At, j.Note, j.Confirmed,
                !j.IsUndo && j.Id == standing)));
        }

        return [.. judgements.OrderByDescending(j => j.At).ThenByDescending(j => j.IsUndo)];
    }
}
