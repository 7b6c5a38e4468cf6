using Whereabouts.Application.Exchanges;

namespace Whereabouts.Web.Api.Exchanges;

/// <summary>An exchange in a list: date, terms, route, mediators and the named people by receiving side.</summary>
internal sealed record ExchangeSummaryResource(Guid Id, string Date, string Terms, string? Route, IReadOnlyList<string> Mediators, IReadOnlyDictionary<string, int> Named)
{
    public static ExchangeSummaryResource From(ExchangeListItem exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return new(
            exchange.Id,
            exchange.Date.ToString(),
            exchange.Terms.ToString(),
            exchange.Route,
            exchange.Mediators,
            exchange.Named.ToDictionary(n => n.Side.ToString(), n => n.Count, StringComparer.Ordinal));
    }
}
