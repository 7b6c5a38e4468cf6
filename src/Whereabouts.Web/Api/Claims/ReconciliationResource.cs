using Whereabouts.Application.Claims;
using Whereabouts.Web.Api.Sources;

namespace Whereabouts.Web.Api.Claims;

/// <summary>
/// The reconciliation of one incident or place and one category: every accepted claim, the
/// registry's number of named people today and on each claim's date, and the spread.
/// </summary>
internal sealed record ReconciliationResource(
    string Scope,
    string Category,
    string? Side,
    IReadOnlyList<ClaimResource> Claims,
    string? RegistryRule,
    int? RegistryToday,
    IReadOnlyList<RegistryCountPoint> RegistryOverTime,
    int? LowestAsserted,
    int? HighestAsserted,
    bool Disputed)
{
    public static ReconciliationResource From(Reconciliation result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.ScopeName,
            result.Category.ToString(),
            result.Side,
            ClaimResource.From(result.Claims),
            result.RegistryRule,
            result.RegistryToday,
            result.RegistryOverTime,
            result.LowestAsserted,
            result.HighestAsserted,
            result.IsDisputed);
    }
}
