using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Storage;

namespace Whereabouts.Application.Sources;

/// <summary>Lists sources and reads one with its claims and the people whose fates cite it.</summary>
public sealed class SourceReader(WhereaboutsDatabase database)
{
    /// <summary>How many citing people a dossier names; the count covers all of them.</summary>
    public const int CitingPeopleShown = 50;

    /// <summary>
    /// One page of sources, newest publication first, whose title or publisher contains
    /// <paramref name="text"/> (ignoring case).
    /// </summary>
    /// <remarks>Filtered and sorted in memory: a registry holds thousands of sources, not millions,
    /// and partial dates sort by time only in memory.</remarks>
    public async Task<PagedList<SourceListItem>> ListAsync(string? text, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        var filter = new TextFilter(text);
        await using var context = database.CreateContext();
        var all = await context.Sources.AsNoTracking()
            .Select(s => new SourceListItem(s.Id, s.Kind, s.Title, s.Publisher, s.PublishedOn, s.Reliability))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var matching = all
            .Where(s => filter.Matches(s.Title, s.Publisher))
            .OrderByDescending(s => s.PublishedOn?.Latest ?? DateOnly.MinValue)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Id)
            .ToList();
        return new PagedList<SourceListItem>([.. matching.Skip((number - 1) * size).Take(size)], number, size, matching.Count);
    }

    /// <summary>The source's fields, or null when no source has <paramref name="id"/>.</summary>
    public async Task<SourceView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var source = await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        return source is null ? null : SourceView.From(source);
    }

    /// <summary>The count claims read from the source, or null when no source has <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<ClaimView>?> ClaimsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (!await context.Sources.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.SourceId == id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The source with its claims and citing people, or null when no source has <paramref name="id"/>.</summary>
    public async Task<SourceDossier?> DossierAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var source = await context.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return null;
        }

        var claims = await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.SourceId == id), cancellationToken).ConfigureAwait(false);
        var citing = context.FateAssertions
            .Where(a => a.Evidence.SourceId == id)
            .Select(a => EF.Property<Guid>(a, "PersonId"))
            .Distinct();
        var count = await citing.CountAsync(cancellationToken).ConfigureAwait(false);
        var people = await context.PersonIndex.AsNoTracking()
            .Where(e => citing.Contains(e.PersonId))
            .OrderBy(e => e.SortName).ThenBy(e => e.PersonId)
            .Take(CitingPeopleShown)
            .Select(e => new PersonLink(e.PersonId, e.DisplayName, e.IsInvented))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SourceDossier(SourceView.From(source), claims, count, people);
    }
}
