using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Verification;

/// <summary>
/// The review list of evidence (docs/adr/0029): every standing fate assertion whose only evidence,
/// its source, was shown false (the source itself, or a file attached to it). Nothing is retracted
/// by the registry: the list is there for a person to decide.
/// </summary>
public sealed class FlaggedAssertionsQuery(WhereaboutsDatabase database)
{
    /// <summary>The flagged assertions, the most recently recorded first.</summary>
    public async Task<IReadOnlyList<FlaggedAssertion>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var sources = await ShownFalseSourcesAsync(context, cancellationToken).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            return [];
        }

        var assertions = await StandingAssertions(context, sources)
            .Select(a => new { a.Id, PersonId = EF.Property<Guid>(a, "PersonId"), a.Status, a.AsOf, a.Evidence.SourceId, a.RecordedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var personIds = assertions.Select(a => a.PersonId).Distinct().ToList();
        var people = await context.PersonIndex.AsNoTracking().Where(e => personIds.Contains(e.PersonId))
            .ToDictionaryAsync(e => e.PersonId, e => new PersonLink(e.PersonId, e.DisplayName, e.IsInvented), cancellationToken).ConfigureAwait(false);
        var titles = await context.Sources.AsNoTracking().Where(s => sources.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        return [.. assertions
            .OrderByDescending(a => a.RecordedAt).ThenBy(a => a.Id)
            .Select(a => new FlaggedAssertion(
                people.GetValueOrDefault(a.PersonId) ?? new PersonLink(a.PersonId, a.PersonId.ToString(), false),
                a.Id, a.Status, a.AsOf, a.SourceId, titles.GetValueOrDefault(a.SourceId, a.SourceId.ToString()), a.RecordedAt))];
    }

    /// <summary>How many assertions the list holds, for the dashboard.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var sources = await ShownFalseSourcesAsync(context, cancellationToken).ConfigureAwait(false);
        return sources.Count == 0 ? 0 : await StandingAssertions(context, sources).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<FateAssertion> StandingAssertions(WhereaboutsDbContext context, List<Guid> sources) =>
        context.FateAssertions.AsNoTracking()
            .Where(a => sources.Contains(a.Evidence.SourceId))
            .Where(a => !context.Set<FateRetraction>().Any(r => r.AssertionId == a.Id));

    // Verification steps are few beside assertions (one history per checked item), so every item's
    // last state is worked out here; only the shown-false sources go back to the database.
    private static async Task<List<Guid>> ShownFalseSourcesAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var steps = await context.VerificationSteps.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (steps.Count == 0)
        {
            return [];
        }

        var sources = steps.Where(s => s.SourceId is not null).GroupBy(s => s.SourceId!.Value)
            .Where(g => VerificationStep.StateAfter(g) == VerificationState.ShownFalse)
            .Select(g => g.Key)
            .ToHashSet();
        var files = steps.Where(s => s.FileSha256 is not null).GroupBy(s => s.FileSha256!, StringComparer.Ordinal)
            .Where(g => VerificationStep.StateAfter(g) == VerificationState.ShownFalse)
            .Select(g => g.Key)
            .ToList();
        if (files.Count > 0)
        {
            sources.UnionWith(await context.SourceFiles.AsNoTracking()
                .Where(f => files.Contains(f.Sha256) && f.DetachedAt == null)
                .Select(f => f.SourceId)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return [.. sources];
    }
}
