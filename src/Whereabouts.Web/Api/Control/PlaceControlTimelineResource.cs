using Whereabouts.Application.Control;

namespace Whereabouts.Web.Api.Control;

/// <summary>A place's periods of control: those that stand, earliest first, and those retracted, apart.</summary>
internal sealed record PlaceControlTimelineResource(Guid PlaceId, string PlaceName, IReadOnlyList<PlaceControlResource> Standing, IReadOnlyList<PlaceControlResource> Retracted)
{
    public static PlaceControlTimelineResource From(PlaceControlTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new(timeline.Place.Id, timeline.Place.Name, [.. timeline.Standing.Select(PlaceControlResource.Of)], [.. timeline.Retracted.Select(PlaceControlResource.Of)]);
    }
}
