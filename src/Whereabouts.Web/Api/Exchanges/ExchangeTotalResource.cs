using Whereabouts.Application.Exchanges;
using Whereabouts.Web.Api.Parties;
using Whereabouts.Web.Api.Sources;

namespace Whereabouts.Web.Api.Exchanges;

/// <summary>For one receiving side: the announced totals (count claims), the first asserted figure, the named people, and how many announced people are not named.</summary>
internal sealed record ExchangeTotalResource(string Side, IReadOnlyList<ClaimResource> Announced, int? AnnouncedCount, int Named, int? Unnamed)
{
    public static ExchangeTotalResource From(ExchangeTotal total)
    {
        ArgumentNullException.ThrowIfNull(total);
        return new(SideField.Of(total.Side), ClaimResource.From(total.Announced), total.AnnouncedCount, total.Named, total.Unnamed);
    }
}
