using System.Globalization;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>How a count claim reads on a page: "about 60 missing", "40 to 140 held", "denied".</summary>
internal static class ClaimLabels
{
    public static string Figure(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var culture = CultureInfo.CurrentCulture;
        var count = claim.Count?.ToString("N0", culture) ?? string.Empty;
        return claim.Qualifier switch
        {
            CountQualifier.Exact => count,
            CountQualifier.About => Labels.Format("about {0}", count),
            CountQualifier.AtLeast => Labels.Format("at least {0}", count),
            CountQualifier.MoreThan => Labels.Format("more than {0}", count),
            CountQualifier.FewerThan => Labels.Format("fewer than {0}", count),
            CountQualifier.Range => Labels.Format("{0} to {1}", count, claim.CountMax?.ToString("N0", culture)),
            CountQualifier.Vague => Labels.Text("no number stated"),
            _ => count,
        };
    }

    public static string Of(CountCategory category) => Labels.Of(category);

    /// <summary>The figure with what it counts: "about 60 missing".</summary>
    public static string Stated(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Labels.Of(claim.Category, Figure(claim));
    }

    public static string Of(ClaimStatus status) => Labels.Of(status);
}
