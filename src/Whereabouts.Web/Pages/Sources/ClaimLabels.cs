using System.Globalization;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>How a count claim reads on a page: "about 60 missing", "40 to 140 held", "denied".</summary>
internal static class ClaimLabels
{
    public static string Figure(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var count = claim.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return claim.Qualifier switch
        {
            CountQualifier.Exact => count,
            CountQualifier.About => "about " + count,
            CountQualifier.AtLeast => "at least " + count,
            CountQualifier.MoreThan => "more than " + count,
            CountQualifier.FewerThan => "fewer than " + count,
            CountQualifier.Range => string.Create(CultureInfo.InvariantCulture, $"{claim.Count} to {claim.CountMax}"),
            CountQualifier.Vague => "no number stated",
            _ => count,
        };
    }

    public static string Of(CountCategory category) => category switch
    {
        CountCategory.Missing => "missing",
        CountCategory.Captured => "captured",
        CountCategory.Held => "held",
        CountCategory.Released => "released",
        CountCategory.Killed => "killed",
        CountCategory.Wounded => "wounded",
        CountCategory.Arrested => "arrested",
        _ => category.ToString(),
    };

    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Asserted => "Asserted",
        ClaimStatus.Denied => "Denied",
        ClaimStatus.Rumour => "Rumour",
        _ => status.ToString(),
    };
}
