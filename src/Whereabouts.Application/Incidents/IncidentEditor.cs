using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Incidents;

/// <summary>Records incidents and corrects them; every change is attributed to the current actor.</summary>
public sealed class IncidentEditor(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    // The column sizes of the storage model, so that a long field is a message, not a database error.
    private const int NameLength = 300;
    private const int DescriptionLength = 8000;
    private const int PartyLength = 200;

    /// <summary>Records a new incident.</summary>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    public async Task<IncidentView> CreateAsync(IncidentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        var (name, startedOn, endedOn, description, parties) = Validate(input, errors);
        var placeIds = await PlacesAsync(context, input.PlaceIds, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        var incident = new Incident(Guid.NewGuid(), name!, startedOn!, endedOn, description);
        foreach (var place in placeIds)
        {
            incident.AddPlace(place);
        }

        foreach (var party in parties)
        {
            incident.AddParty(party);
        }

        context.Incidents.Add(incident);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IncidentView.From(incident, await IncidentReader.PlaceNamesAsync(context, incident.PlaceIds, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Changes an incident's name, dates and description and adds places and parties, provided
    /// nobody saved it since <paramref name="expectedVersion"/>. Places and parties are only ever
    /// added, so the lists given must include every current entry; null lists leave them as they are.
    /// </summary>
    /// <returns>The saved incident, or null when no incident has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The incident has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<IncidentView?> ReviseAsync(Guid id, int expectedVersion, IncidentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var incident = await context.Incidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        VersionCheck.Require("Incident", id, incident.Version, expectedVersion);
        var errors = new FieldErrors();
        var (name, startedOn, endedOn, description, parties) = Validate(input, errors);
        var placeIds = await PlacesAsync(context, input.PlaceIds, errors, cancellationToken).ConfigureAwait(false);
        if (input.PlaceIds is not null && incident.PlaceIds.Except(placeIds).Any())
        {
            errors.Add("placeIds", "An incident's places are never removed; keep every current place in the list.");
        }

        if (input.Parties is not null)
        {
            var dropped = incident.Parties.Where(p => !parties.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
            if (dropped.Count > 0)
            {
                errors.Add("parties", $"An incident's parties are never removed; keep {string.Join(", ", dropped)} in the list.");
            }
        }

        errors.ThrowIfAny();
        incident.Revise(name!, startedOn!, endedOn, description);
        foreach (var place in placeIds)
        {
            incident.AddPlace(place);
        }

        foreach (var party in parties)
        {
            incident.AddParty(party);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IncidentView.From(incident, await IncidentReader.PlaceNamesAsync(context, incident.PlaceIds, cancellationToken).ConfigureAwait(false));
    }

    private (string? Name, PartialDate? StartedOn, PartialDate? EndedOn, string? Description, List<string> Parties) Validate(IncidentInput input, FieldErrors errors)
    {
        var today = FieldErrors.LatestToday(clock);
        var name = errors.Text("name", input.Name, NameLength, "Enter a short name for the incident.");
        var startedOn = errors.Date("startedOn", input.StartedOn, today, "Enter when it began, as precisely as known (2020, 2020-12 or 2020-12-11).");
        var endedOn = errors.Date("endedOn", input.EndedOn, today);
        if (startedOn is not null && endedOn is not null && endedOn.IsDefinitelyBefore(startedOn))
        {
            errors.Add("endedOn", $"The end ({endedOn}) is before the start ({startedOn}).");
        }

        var description = errors.Text("description", input.Description, DescriptionLength);
        var parties = new List<string>();
        foreach (var party in input.Parties ?? [])
        {
            if (string.IsNullOrWhiteSpace(party))
            {
                errors.Add("parties", "A party needs a name.");
            }
            else if (errors.Text("parties", party, PartyLength) is { } text)
            {
                parties.Add(text);
            }
        }

        return (name, startedOn, endedOn, description, parties);
    }

    private static async Task<List<Guid>> PlacesAsync(WhereaboutsDbContext context, IReadOnlyList<Guid>? placeIds, FieldErrors errors, CancellationToken cancellationToken)
    {
        var wanted = (placeIds ?? []).Where(p => p != Guid.Empty).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return wanted;
        }

        var known = await context.Places.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var unknown in wanted.Except(known))
        {
            errors.Add("placeIds", $"No place has the id {unknown}.");
        }

        return wanted;
    }
}
