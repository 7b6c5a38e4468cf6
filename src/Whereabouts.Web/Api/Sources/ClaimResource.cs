using Whereabouts.Application.Sources;

namespace Whereabouts.Web.Api.Sources;

/// <summary>
/// A count claim: the figure as stated (count, an upper bound for ranges, how it is meant), what it
/// counts, over what, as of when, who says so, and whether an analyst has accepted it (Accepted,
/// Pending or Rejected; only accepted claims are counted in reconciliation).
/// </summary>
internal sealed record ClaimResource(
    Guid Id,
    Guid SourceId,
    string SourceTitle,
    int? Count,
    int? CountMax,
    string Qualifier,
    string Category,
    string? Side,
    Guid? IncidentId,
    string? IncidentName,
    Guid? PlaceId,
    string? PlaceName,
    string? AsOf,
    string Status,
    string? ClaimedBy,
    string Quote,
    string Review)
{
    public static ClaimResource From(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(
            claim.Id,
            claim.SourceId,
            claim.SourceTitle,
            claim.Count,
            claim.CountMax,
            claim.Qualifier.ToString(),
            claim.Category.ToString(),
            claim.Side,
            claim.IncidentId,
            claim.IncidentName,
            claim.PlaceId,
            claim.PlaceName,
            claim.AsOf?.ToString(),
            claim.Status.ToString(),
            claim.ClaimedBy,
            claim.Quote,
            claim.Review.ToString());
    }

    public static IReadOnlyList<ClaimResource> From(IEnumerable<ClaimView> claims) => [.. claims.Select(From)];
}
