using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Loads the <see cref="DemoCatalog"/> into a registry, adding only the records that are not there
/// yet, so that loading twice adds nothing.
/// </summary>
/// <remarks>The demo data goes only into an empty registry or one that holds demo data alone: a
/// registry with real people is refused, so no invented person can sit beside a real one.</remarks>
public sealed class DemoLoader(WhereaboutsDatabase database)
{
    /// <summary>Adds the demo records that are missing, in one transaction.</summary>
    /// <exception cref="DemoRefusedException">The registry holds records that are not demo records.</exception>
    public async Task<DemoLoadResult> LoadAsync(CancellationToken cancellationToken = default)
    {
        var catalog = DemoCatalog.Build();
        await using var context = database.CreateContext();
        await RefuseRealRecordsAsync(context, catalog, cancellationToken).ConfigureAwait(false);

        // A registry may already have parties of its own name under the demo's slugs; they are kept.
        var partySlugs = await context.Parties.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        var parties = catalog.Parties.Where(p => !partySlugs.Contains(p.Slug)).ToList();
        var places = await AbsentAsync(context.Places, catalog.Places, p => p.Id, cancellationToken).ConfigureAwait(false);
        var incidents = await AbsentAsync(context.Incidents, catalog.Incidents, i => i.Id, cancellationToken).ConfigureAwait(false);
        var sources = await AbsentAsync(context.Sources, catalog.Sources, s => s.Id, cancellationToken).ConfigureAwait(false);
        var claims = await AbsentAsync(context.CountClaims, catalog.Claims, c => c.Id, cancellationToken).ConfigureAwait(false);
        var people = await AbsentAsync(context.People, catalog.People, p => p.Id, cancellationToken).ConfigureAwait(false);
        var cases = await AbsentAsync(context.LegalCases, catalog.LegalCases, c => c.Id, cancellationToken).ConfigureAwait(false);
        var notifications = await AbsentAsync(context.FamilyNotifications, catalog.Notifications, n => n.Id, cancellationToken).ConfigureAwait(false);
        var exchanges = await AbsentAsync(context.Exchanges, catalog.Exchanges, e => e.Id, cancellationToken).ConfigureAwait(false);
        var captivity = await AbsentAsync(context.CaptivityEvents, catalog.CaptivityEvents, e => e.Id, cancellationToken).ConfigureAwait(false);
        var control = await AbsentAsync(context.PlaceControls, catalog.PlaceControls, c => c.Id, cancellationToken).ConfigureAwait(false);

        context.AddRange(parties);
        context.AddRange(places);
        context.AddRange(incidents);
        context.AddRange(sources);
        context.AddRange(claims);
        context.AddRange(people);
        context.AddRange(cases);
        context.AddRange(notifications);
        context.AddRange(exchanges);
        context.AddRange(captivity);
        context.AddRange(control);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new DemoLoadResult(places.Count, incidents.Count, sources.Count, claims.Count, people.Count, exchanges.Count)
        {
            LegalCases = cases.Count,
            Notifications = notifications.Count,
            CaptivityEvents = captivity.Count,
            PlaceControls = control.Count,
        };
    }

    /// <summary>
    /// Loads the demo data only when the registry has no people, no sources and no accounts at
    /// all: an administrator made first (<c>whereabouts users add NAME --role Administrator</c>)
    /// marks the start of a real registry, which gets no demo (docs/adr/0023).
    /// </summary>
    /// <returns>What was added, or null when the registry was not empty.</returns>
    public async Task<DemoLoadResult?> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using (var context = database.CreateContext())
        {
            if (await context.People.AnyAsync(cancellationToken).ConfigureAwait(false)
                || await context.Sources.AnyAsync(cancellationToken).ConfigureAwait(false)
                || await context.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the registry holds people and every one of them is invented (a demo registry).</summary>
    public async Task<bool> IsDemoRegistryAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.People.AnyAsync(cancellationToken).ConfigureAwait(false)
            && !await context.People.AnyAsync(p => !p.IsInvented, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RefuseRealRecordsAsync(WhereaboutsDbContext context, DemoCatalog catalog, CancellationToken cancellationToken)
    {
        var realPeople = await context.People.CountAsync(p => !p.IsInvented, cancellationToken).ConfigureAwait(false);
        var demoSourceIds = catalog.Sources.Select(s => s.Id).ToList();
        var otherSources = await context.Sources.CountAsync(s => !demoSourceIds.Contains(s.Id), cancellationToken).ConfigureAwait(false);
        if (realPeople > 0 || otherSources > 0)
        {
            throw new DemoRefusedException(
                $"This registry holds {realPeople} real people and {otherSources} sources that are not demo sources. "
                + "The demo data is loaded only into an empty registry or one that holds demo data alone; use a new database (--db).");
        }
    }

    private static async Task<List<T>> AbsentAsync<T>(
        IQueryable<T> table, IReadOnlyList<T> wanted, Func<T, Guid> id, CancellationToken cancellationToken)
        where T : class
    {
        var ids = wanted.Select(id).ToList();
        var present = (await table.AsNoTracking()
            .Select(e => EF.Property<Guid>(e, "Id"))
            .Where(existing => ids.Contains(existing))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        return wanted.Where(e => !present.Contains(id(e))).ToList();
    }
}
