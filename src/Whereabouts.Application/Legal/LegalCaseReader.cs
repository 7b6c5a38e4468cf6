using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Legal;

/// <summary>Lists legal cases and reads one with its people, documents and proceedings.</summary>
public sealed class LegalCaseReader(WhereaboutsDatabase database)
{
    /// <summary>One page of cases, latest lodged first, narrowed by <paramref name="filter"/>.</summary>
    /// <exception cref="ValidationFailedException">The status or forum is not one of the names.</exception>
    /// <remarks>Sorted in memory: partial dates sort by time only there, and a registry holds hundreds of cases, not millions.</remarks>
    public async Task<PagedList<LegalCaseListItem>> ListAsync(LegalCaseFilter filter, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new FieldErrors();
        var status = string.IsNullOrWhiteSpace(filter.Status) ? (LegalCaseStatus?)null : errors.Choice("status", filter.Status, LegalCaseStatus.Pending);
        var forum = string.IsNullOrWhiteSpace(filter.Forum) ? (ForumKind?)null : errors.Choice("forum", filter.Forum, ForumKind.Other);
        errors.ThrowIfAny();

        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var query = Matching(context, filter.PersonId);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (forum is { } f)
        {
            query = query.Where(c => c.ForumKind == f);
        }

        var all = LegalViews.Ordered(await query.ToListAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var items = all.Skip((number - 1) * size).Take(size)
            .Select(c => new LegalCaseListItem(
                c.Id, c.Title, c.ForumKind, c.ForumName, c.Number, c.Kind, c.LodgedOn, c.Status, c.PersonIds.Count,
                c.Proceedings.Select(p => p.On).Order().LastOrDefault()))
            .ToList();
        return new PagedList<LegalCaseListItem>(items, number, size, all.Count);
    }

    /// <summary>The case with its people, documents and proceedings, or null when no case has <paramref name="id"/>.</summary>
    public async Task<LegalCaseView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var legalCase = await context.LegalCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        return legalCase is null ? null : (await LegalViews.ReadAsync(context, [legalCase], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Every case about a person, latest lodged first, for the person's dossier.</summary>
    public async Task<IReadOnlyList<LegalCaseView>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var cases = LegalViews.Ordered(await Matching(context, personId).ToListAsync(cancellationToken).ConfigureAwait(false)).ToList();
        return await LegalViews.ReadAsync(context, cases, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cases about <paramref name="personId"/>, unordered and untracked, through <paramref name="context"/> (the dossier's page).</summary>
    internal static Task<List<LegalCase>> AboutAsync(WhereaboutsDbContext context, Guid personId, CancellationToken cancellationToken) =>
        Matching(context, personId).ToListAsync(cancellationToken);

    /// <summary>As <see cref="ForPersonAsync(Guid, CancellationToken)"/>, from the <paramref name="cases"/> about the person read by <see cref="AboutAsync"/>.</summary>
    internal static async Task<IReadOnlyList<LegalCaseView>> ForPersonAsync(WhereaboutsDbContext context, IEnumerable<LegalCase> cases, CancellationToken cancellationToken) =>
        await LegalViews.ReadAsync(context, [.. LegalViews.Ordered(cases)], cancellationToken).ConfigureAwait(false);

    private static IQueryable<LegalCase> Matching(WhereaboutsDbContext context, Guid? personId)
    {
        var query = context.LegalCases.AsNoTracking();
        return personId is { } id ? query.Where(c => c.PersonIds.Contains(id)) : query;
    }
}
