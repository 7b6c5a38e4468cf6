using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Who held Hin Tagher and Khtsabert in December 2020, as the two peacekeepers' maps tell it (our
/// own summary of them, like the other summaries of public statements): on the map of 13 December
/// both villages lie inside the strip the Russian peacekeepers patrolled; on that of 14 December
/// both lie outside it, under Azerbaijani control. Each map is a period of its own, so the two are
/// shown side by side and the map of the registry changes between the two days.
/// </summary>
/// <remarks>The wording is the demo's, not the maps'; a map shows one day, so each period is that day,
/// except that the second runs on, as the villages stayed outside the strip.</remarks>
internal static class DemoControl
{
    /// <summary>The peacekeeping contingent: a holder that is not a party to the conflict.</summary>
    public const string Peacekeepers = "Russian peacekeeping contingent";

    public static IReadOnlyList<PlaceControl> Create(DemoPlaces places, DemoSources sources)
    {
        var december13 = PartialDate.OfDay(2020, 12, 13);
        var december14 = PartialDate.OfDay(2020, 12, 14);
        return
        [
            Patrolled(places.HinTagher, december13, sources.PeacekeeperMap13),
            Patrolled(places.Khtsabert, december13, sources.PeacekeeperMap13),
            Azerbaijani(places.HinTagher, december14, sources.PeacekeeperMap14),
            Azerbaijani(places.Khtsabert, december14, sources.PeacekeeperMap14),
        ];
    }

    private static PlaceControl Patrolled(Place place, PartialDate day, Source map) => new(
        DemoIds.For($"control/{map.Id}/{place.Id}"), place.Id, ControlKind.Patrolled, null, Peacekeepers, day, day, map.Id,
        "the shaded strip of the zone of responsibility",
        "Demo record: the village is drawn inside the strip patrolled by the peacekeepers.",
        DemoCatalog.RecordedBy, DemoCatalog.RecordedAt);

    private static PlaceControl Azerbaijani(Place place, PartialDate day, Source map) => new(
        DemoIds.For($"control/{map.Id}/{place.Id}"), place.Id, ControlKind.Controlled, DemoParties.Azerbaijani, null, day, null, map.Id,
        "outside the shaded strip",
        "Demo record: the village is drawn outside the strip, in the area under Azerbaijani control.",
        DemoCatalog.RecordedBy, DemoCatalog.RecordedAt);
}
