using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Linkage.Names;
using Whereabouts.Storage;

namespace Whereabouts.Application.Places;

/// <summary>
/// Reads the gazetteer. The whole gazetteer is read into memory for lists and searches: it holds
/// hundreds or a few thousand places, and a name must be matched in every script and spelling,
/// which the names' JSON column cannot answer in SQL.
/// </summary>
public sealed class PlaceReader(WhereaboutsDatabase database)
{
    /// <summary>One page of the places any of whose names contains <paramref name="text"/>, in any script, ordered by name.</summary>
    public async Task<PagedList<PlaceListItem>> ListAsync(string? text, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        var filter = new PlaceNameFilter(text);
        await using var context = database.CreateContext();
        var all = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = all.ToDictionary(p => p.Id);
        var matching = Ordered(all.Where(filter.Matches)).ToList();
        var items = matching
            .Skip((number - 1) * size).Take(size)
            .Select(p => new PlaceListItem(p.Id, p.Kind, [.. p.Names], p.Coordinates, Link(p.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)))
            .ToList();
        return new PagedList<PlaceListItem>(items, number, size, matching.Count);
    }

    /// <summary>Every place as a choice for a form (a parent, an incident's places), ordered by name.</summary>
    public async Task<IReadOnlyList<PlaceLink>> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var all = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. Ordered(all).Select(p => Link(p)!)];
    }

    /// <summary>The place's fields, or null when no place has <paramref name="id"/>.</summary>
    public async Task<PlaceView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await FindAsync(context, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The count claims that count over the place, or null when no place has <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<ClaimView>?> ClaimsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (!await context.Places.AnyAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.PlaceId == id && c.Review == ClaimReview.Accepted), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The place with what lies in it, the incidents at it and the claims about it, or null when no place has <paramref name="id"/>.</summary>
    public async Task<PlaceDossier?> DossierAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var place = await FindAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            return null;
        }

        var children = await context.Places.AsNoTracking().Where(p => p.ParentId == id).ToListAsync(cancellationToken).ConfigureAwait(false);

        // An incident's places are a JSON list; the incidents are few, so they are filtered here.
        var incidents = (await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => i.PlaceIds.Contains(id))
            .OrderBy(i => i.StartedOn).ThenBy(i => i.Name, StringComparer.Ordinal)
            .Select(IncidentLink.From)
            .ToList();
        var claims = await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.PlaceId == id && c.Review == ClaimReview.Accepted), cancellationToken).ConfigureAwait(false);
        return new PlaceDossier(place, [.. Ordered(children).Select(p => Link(p)!)], incidents, claims);
    }

    private static async Task<PlaceView?> FindAsync(WhereaboutsDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var place = await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            return null;
        }

        var parent = place.ParentId is { } parentId
            ? await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken).ConfigureAwait(false)
            : null;
        return PlaceView.From(place, parent);
    }

    // By the Latin reading of the shown name, so that a list mixing scripts is still alphabetical.
    private static IEnumerable<Place> Ordered(IEnumerable<Place> places) => places
        .OrderBy(p => NameTransliterator.ToLatin(p.PrimaryName.Text), StringComparer.Ordinal)
        .ThenBy(p => p.PrimaryName.Text, StringComparer.Ordinal)
        .ThenBy(p => p.Id);

    private static PlaceLink? Link(Place? place) => place is null ? null : new PlaceLink(place.Id, place.PrimaryName.Text);
}
