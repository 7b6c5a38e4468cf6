namespace Whereabouts.Application.Control;

/// <summary>
/// A period of control as a form or a JSON body gives it, checked by <see cref="PlaceControls"/>
/// (fields named "kind", "party", "holder", "from", "to", "sourceId", "locator", "note").
/// </summary>
/// <param name="Kind">A <see cref="Domain.ControlKind"/> name (Controlled, Patrolled, Contested); required.</param>
/// <param name="Party">The slug of a recorded party to the conflict that held or patrolled the place, or blank.</param>
/// <param name="Holder">The name of a holder that is not a party to the conflict (a peacekeeping contingent), or blank.</param>
/// <param name="From">The first day of the period, as a partial date (2020-12-13, 2020-12); required.</param>
/// <param name="To">The last day, as a partial date, or blank when the source gives no end.</param>
/// <param name="SourceId">The registered source that shows it (a map, a statement); required.</param>
/// <param name="Locator">Where in the source (a map's legend, a paragraph), or blank.</param>
/// <param name="Note">Anything else, or blank.</param>
public sealed record PlaceControlInput(
    string? Kind,
    string? Party,
    string? Holder,
    string? From,
    string? To,
    Guid? SourceId,
    string? Locator,
    string? Note);
