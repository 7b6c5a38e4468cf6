using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>The incidents and places a claim form offers to count over.</summary>
internal sealed record ClaimFieldChoices(IReadOnlyList<IncidentLink> Incidents, IReadOnlyList<PlaceLink> Places);
