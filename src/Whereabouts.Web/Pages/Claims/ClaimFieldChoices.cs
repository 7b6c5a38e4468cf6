using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>The incidents and places a claim form offers to count over.</summary>
internal sealed record ClaimFieldChoices(IReadOnlyList<IncidentLink> Incidents, IReadOnlyList<PlaceLink> Places)
{
    /// <summary>No choices yet (before a page has loaded them).</summary>
    public static ClaimFieldChoices None { get; } = new([], []);

    /// <summary>Every incident and place, for the form.</summary>
    public static async Task<ClaimFieldChoices> LoadAsync(IncidentReader incidents, PlaceReader places, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(places);
        return new(await incidents.ChoicesAsync(cancellationToken), await places.ChoicesAsync(cancellationToken));
    }
}
