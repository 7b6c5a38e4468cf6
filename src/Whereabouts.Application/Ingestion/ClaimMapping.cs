using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Ingestion.Claims;
using ExtractedClaim = Whereabouts.Ingestion.Claims.CountClaim;

namespace Whereabouts.Application.Ingestion;

/// <summary>
/// Turns the extractor's claims (string values, so the engine stays free of the domain) into the
/// domain's claim details. The analyst sees and can correct every value before the claim counts.
/// </summary>
internal static class ClaimMapping
{
    // The storage model's column sizes.
    private const int ClaimedByLength = 300;
    private const int QuoteLength = 4000;

    public static CountClaimDetails ToDetails(ExtractedClaim claim, Guid sourceId, Guid? placeId, DateOnly latestToday, PartyList parties)
    {
        var qualifier = Qualifier(claim.Qualifier);

        // The engine gives a vague claim the least its words can mean, so that it sorts; the
        // registry keeps a vague claim without a number, as the words were.
        int? count = qualifier == CountQualifier.Vague ? null : claim.Count;
        int? countMax = qualifier == CountQualifier.Range && claim.CountMax > claim.Count ? claim.CountMax : null;
        if (qualifier == CountQualifier.Range && countMax is null)
        {
            qualifier = CountQualifier.Exact;
        }

        var asOf = claim.Date is { } date && date <= latestToday ? PartialDate.OfDay(date) : null;
        return new CountClaimDetails(
            sourceId,
            count,
            countMax,
            qualifier,
            Category(claim.Category),
            // The reader names a side by the slug of the party its lexicon knows; a registry without
            // that party records the claim without a side, for the analyst to set.
            parties.Find(claim.Side)?.Slug,
            null,
            placeId,
            asOf,
            Status(claim.Status),
            Clip(claim.Source, ClaimedByLength),
            Clip(claim.Quote, QuoteLength) ?? string.Empty);
    }

    private static CountQualifier Qualifier(string value) => value switch
    {
        ClaimValues.Exact => CountQualifier.Exact,
        ClaimValues.About => CountQualifier.About,
        ClaimValues.AtLeast => CountQualifier.AtLeast,
        ClaimValues.MoreThan => CountQualifier.MoreThan,
        ClaimValues.FewerThan => CountQualifier.FewerThan,
        ClaimValues.Range => CountQualifier.Range,
        ClaimValues.Vague => CountQualifier.Vague,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a qualifier the extractor writes."),
    };

    private static CountCategory Category(string value) => value switch
    {
        ClaimValues.Missing => CountCategory.Missing,
        ClaimValues.Captured => CountCategory.Captured,
        ClaimValues.Held => CountCategory.Held,
        ClaimValues.Released => CountCategory.Released,
        ClaimValues.Killed => CountCategory.Killed,
        ClaimValues.Wounded => CountCategory.Wounded,
        ClaimValues.Arrested => CountCategory.Arrested,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a category the extractor writes."),
    };

    private static ClaimStatus Status(string value) => value switch
    {
        ClaimValues.Denied => ClaimStatus.Denied,
        ClaimValues.Rumour => ClaimStatus.Rumour,
        _ => ClaimStatus.Asserted,
    };

    private static string? Clip(string? text, int length)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: > 0 } && trimmed.Length > length ? trimmed[..length] : trimmed is { Length: > 0 } ? trimmed : null;
    }
}
