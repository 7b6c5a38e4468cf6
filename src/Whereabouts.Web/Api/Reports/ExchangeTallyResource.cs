using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Exchanges;

namespace Whereabouts.Web.Api.Reports;

/// <summary>An exchange up to the day asked about, with the announced totals for the side against the people the registry names.</summary>
internal sealed record ExchangeTallyResource(Guid ExchangeId, string Date, string Terms, ExchangeTotalResource Total)
{
    public static ExchangeTallyResource From(ExchangeTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new(tally.ExchangeId, tally.Date.ToString(), tally.Terms.ToString(), ExchangeTotalResource.From(tally.Total));
    }
}
