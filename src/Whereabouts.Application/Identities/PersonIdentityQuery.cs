using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>Reads the <see cref="PersonIdentity"/> a record belongs to, for its dossier.</summary>
public sealed class PersonIdentityQuery(WhereaboutsDatabase database)
{
    /// <summary>The identity of the record <paramref name="id"/>, or null when there is no such record.</summary>
    public async Task<PersonIdentity?> RunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var identityId = await context.People.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.IdentityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (identityId is not { } identity)
        {
            return null;
        }

        var records = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.IdentityId == identity)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = records.Select(r => r.Id).ToList();
        var pairs = await context.PersonPairs.AsNoTracking()
            .Where(p => ids.Contains(p.FirstPersonId) || ids.Contains(p.SecondPersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var outside = pairs.SelectMany(p => new[] { p.FirstPersonId, p.SecondPersonId }).Where(p => !ids.Contains(p)).Distinct().ToList();
        var names = records.ToDictionary(r => r.Id, r => r.PrimaryName.FullName);
        foreach (var other in outside.Count == 0
            ? []
            : await context.PersonIndex.AsNoTracking().Where(e => outside.Contains(e.PersonId))
                .Select(e => new { e.PersonId, e.DisplayName }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            names[other.PersonId] = other.DisplayName;
        }

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
            [.. judgements.OrderByDescending(j => j.At).ThenByDescending(j => j.IsUndo)]);
    }
}
