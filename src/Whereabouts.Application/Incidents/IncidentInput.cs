namespace Whereabouts.Application.Incidents;

/// <summary>
/// An incident as a form or a JSON body gives it, checked by <see cref="IncidentEditor"/>, which
/// names each wrong field as this record names it ("name", "startedOn", "placeIds").
/// </summary>
/// <param name="Name">A short name; required.</param>
/// <param name="StartedOn">When it began, as a partial date ("2020-12-11", "2020-12"); required.</param>
/// <param name="EndedOn">When it ended, or blank for a one-day or ongoing incident.</param>
/// <param name="Description">What happened, in the recorder's words.</param>
/// <param name="PlaceIds">The places it happened at.</param>
/// <param name="Parties">The parties involved, in words.</param>
public sealed record IncidentInput(
    string? Name,
    string? StartedOn,
    string? EndedOn = null,
    string? Description = null,
    IReadOnlyList<Guid>? PlaceIds = null,
    IReadOnlyList<string>? Parties = null);
