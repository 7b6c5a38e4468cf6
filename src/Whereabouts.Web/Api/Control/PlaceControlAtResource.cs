using Whereabouts.Application.Control;

namespace Whereabouts.Web.Api.Control;

/// <summary>Who held one place on a day: every standing period that may include it, and whether the sources disagree.</summary>
internal sealed record PlaceControlAtResource(Guid PlaceId, string PlaceName, string Day, bool Disagree, IReadOnlyList<PlaceControlResource> Periods)
{
    public static PlaceControlAtResource From(PlaceControlAt at)
    {
        ArgumentNullException.ThrowIfNull(at);
        return new(at.Place.Id, at.Place.Name, at.When.ToString(), at.Disagree, [.. at.Periods.Select(PlaceControlResource.Of)]);
    }
}
