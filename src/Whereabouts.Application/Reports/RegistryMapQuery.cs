using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Control;
using Whereabouts.Application.Parties;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the places and incidents the map draws.</summary>
public sealed class RegistryMapQuery(WhereaboutsDatabase database)
{
    /// <summary>Every place with coordinates and every incident that has one.</summary>
    public Task<RegistryMap> RunAsync(CancellationToken cancellationToken = default) => RunAsync(null, cancellationToken);

    /// <summary>
    /// Every place with coordinates and every incident that has one, and, when <paramref name="day"/>
    /// is given, who held each place on that day by every source that says.
    /// </summary>
    public async Task<RegistryMap> RunAsync(DateOnly? day, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var places = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var incidents = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);

        var positioned = places
            .Where(p => p.Coordinates is not null)
            .Select(p => new MapPlace(p.Id, p.PrimaryName.Text, p.Kind, p.Coordinates!.Latitude, p.Coordinates.Longitude))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var byId = positioned.ToDictionary(p => p.Id);

        var drawn = new List<MapIncident>();
        foreach (var incident in incidents.OrderBy(i => i.StartedOn).ThenBy(i => i.Name, StringComparer.Ordinal))
        {
            var at = incident.PlaceIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            if (at.Count > 0)
            {
                drawn.Add(new MapIncident(incident.Id, incident.Name, incident.StartedOn, IncidentPlacement.MarksFor(at), [.. at.Select(p => p.Id)]));
            }
        }

        var map = new RegistryMap(positioned, drawn, incidents.Count - drawn.Count);
        return day is not { } asked
            ? map
            : map with
            {
                Day = asked,
                Control = await PlaceControls.EveryPlaceOnDayAsync(context, asked, cancellationToken).ConfigureAwait(false),
                Parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false),
            };
    }
}
