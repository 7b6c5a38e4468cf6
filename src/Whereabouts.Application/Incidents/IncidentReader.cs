using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Incidents;

/// <summary>Lists incidents and reads one with its claims and how many people it concerns.</summary>
public sealed class IncidentReader(WhereaboutsDatabase database)
{
    /// <summary>
    /// One page of incidents, latest first, whose name contains <paramref name="text"/> (ignoring case).
    /// </summary>
    /// <remarks>Filtered and sorted in memory: incidents number in the hundreds, and partial dates
    /// sort by time only in memory.</remarks>
    public async Task<PagedList<IncidentListItem>> ListAsync(string? text, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        var filter = new TextFilter(text);
        await using var context = database.CreateContext();
        var all = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var matching = all
            .Where(i => filter.Matches(i.Name))
            .OrderByDescending(i => i.StartedOn).ThenBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.Id)
            .ToList();
        var shown = matching.Skip((number - 1) * size).Take(size).ToList();
        var names = await PlaceNamesAsync(context, shown.SelectMany(i => i.PlaceIds), cancellationToken).ConfigureAwait(false);
        var items = shown
            .Select(i => IncidentView.From(i, names))
            .Select(v => new IncidentListItem(v.Id, v.Name, v.StartedOn, v.EndedOn, v.Places))
            .ToList();
        return new PagedList<IncidentListItem>(items, number, size, matching.Count);
    }

    /// <summary>Every incident as a choice for a form, latest first.</summary>
    public async Task<IReadOnlyList<IncidentLink>> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var all = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.OrderByDescending(i => i.StartedOn).ThenBy(i => i.Name, StringComparer.Ordinal).Select(IncidentLink.From)];
    }

    /// <summary>The incident's fields, or null when no incident has <paramref name="id"/>.</summary>
    public async Task<IncidentView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await FindAsync(context, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The count claims that count over the incident, or null when no incident has <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<ClaimView>?> ClaimsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (!await context.Incidents.AnyAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.IncidentId == id && c.Review == ClaimReview.Accepted), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The incident with its claims and the number of people it concerns, or null when no incident has <paramref name="id"/>.</summary>
    public async Task<IncidentDossier?> DossierAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var incident = await FindAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        var claims = await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.IncidentId == id && c.Review == ClaimReview.Accepted), cancellationToken).ConfigureAwait(false);
        var people = await context.FateAssertions
            .Where(a => a.IncidentId == id)
            .Select(a => EF.Property<Guid>(a, "PersonId"))
            .Distinct()
            .CountAsync(cancellationToken).ConfigureAwait(false);
        return new IncidentDossier(incident, claims, people);
    }

    internal static async Task<IReadOnlyDictionary<Guid, string>> PlaceNamesAsync(
        WhereaboutsDbContext context, IEnumerable<Guid> placeIds, CancellationToken cancellationToken)
    {
        var ids = placeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var places = await context.Places.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return places.ToDictionary(p => p.Id, p => p.PrimaryName.Text);
    }

    private static async Task<IncidentView?> FindAsync(WhereaboutsDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var incident = await context.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        return IncidentView.From(incident, await PlaceNamesAsync(context, incident.PlaceIds, cancellationToken).ConfigureAwait(false));
    }
}
