using Whereabouts.Application.Places;

namespace Whereabouts.Application.Control;

/// <summary>
/// Every period of control recorded for a place: those that stand, earliest first, and those
/// retracted, shown apart. Periods from sources that contradict each other are all listed.
/// </summary>
/// <param name="Place">The place.</param>
/// <param name="Standing">The periods that stand, by their first day, then their last, then when recorded.</param>
/// <param name="Retracted">The retracted periods, in the same order.</param>
public sealed record PlaceControlTimeline(PlaceLink Place, IReadOnlyList<PlaceControlView> Standing, IReadOnlyList<PlaceControlView> Retracted);
