using Whereabouts.Application.Exchanges;

namespace Whereabouts.Web.Api.Exchanges;

/// <summary>An exchange: date in its text form, terms, place or route, parties, mediators, incident, sources, the people each way, and announced totals against named people.</summary>
internal sealed record ExchangeDetailResource(
    Guid Id,
    string Date,
    string Terms,
    string? TermsText,
    Guid? PlaceId,
    string? PlaceName,
    string? Route,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Mediators,
    Guid? IncidentId,
    string? IncidentName,
    string? Notes,
    IReadOnlyList<Guid> SourceIds,
    IReadOnlyList<TransferResource> Transfers,
    IReadOnlyList<ExchangeTotalResource> Totals,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int Version)
{
    public static ExchangeDetailResource From(ExchangeDossier exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return new(
            exchange.Id,
            exchange.Date.ToString(),
            exchange.Terms.ToString(),
            exchange.TermsText,
            exchange.Place?.Id,
            exchange.Place?.Name,
            exchange.Route,
            exchange.Parties,
            exchange.Mediators,
            exchange.Incident?.Id,
            exchange.Incident?.Name,
            exchange.Notes,
            [.. exchange.Sources.Select(s => s.Id)],
            [.. exchange.Transfers.Select(TransferResource.From)],
            [.. exchange.Totals.Select(ExchangeTotalResource.From)],
            exchange.RecordedBy,
            exchange.RecordedAt,
            exchange.Version);
    }
}
