using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>Reads the sources, incidents and places the people forms offer.</summary>
public sealed class PersonFormChoicesQuery(WhereaboutsDatabase database)
{
    /// <summary>Reads the choices.</summary>
    public async Task<PersonFormChoices> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var sources = await context.Sources.AsNoTracking()
            .Select(s => new SourceChoice(s.Id, s.Title, s.Reliability))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Partial dates and place names are not ordered reliably by the database (text and JSON);
        // these lists are small, so they are ordered here.
        var incidents = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var places = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonFormChoices(
            [.. sources.OrderBy(s => s.Title, StringComparer.Ordinal)],
            Ordered(incidents),
            [.. places.Select(p => new NamedChoice(p.Id, p.PrimaryName.Text)).OrderBy(p => p.Name, StringComparer.Ordinal)]);
    }

    /// <summary>Reads the incidents alone, earliest first (for the search filter).</summary>
    public async Task<IReadOnlyList<NamedChoice>> IncidentsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return Ordered(await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    private static List<NamedChoice> Ordered(IEnumerable<Incident> incidents) =>
        [.. incidents.OrderBy(i => i.StartedOn.StatedStart).ThenBy(i => i.Name, StringComparer.Ordinal).Select(i => new NamedChoice(i.Id, i.Name))];
}
