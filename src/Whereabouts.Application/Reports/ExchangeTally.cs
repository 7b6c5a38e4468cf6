using Whereabouts.Application.Exchanges;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>An exchange on the still-held report: what was announced for the side against whom the registry names.</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Date">When it took place.</param>
/// <param name="Terms">What was traded.</param>
/// <param name="Total">Announced against named for the report's side (an empty total when the side had nobody in it).</param>
public sealed record ExchangeTally(Guid ExchangeId, PartialDate Date, ExchangeTerms Terms, ExchangeTotal Total);
