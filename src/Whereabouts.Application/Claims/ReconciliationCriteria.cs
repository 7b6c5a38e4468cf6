using Whereabouts.Domain;

namespace Whereabouts.Application.Claims;

/// <summary>What to reconcile: one incident or one place, one category, optionally one side.</summary>
/// <param name="IncidentId">The incident; set this or <paramref name="PlaceId"/>.</param>
/// <param name="PlaceId">The place.</param>
/// <param name="Category">Missing, captured, held, released, killed, wounded or arrested.</param>
/// <param name="Side">Whose people; null for every side. Claims that do not state a side are
/// shown with either side, since a figure about "the missing" of a place usually means one side's.</param>
public sealed record ReconciliationCriteria(Guid? IncidentId, Guid? PlaceId, CountCategory Category, string? Side = null);
