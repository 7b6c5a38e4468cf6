using Whereabouts.Domain;

namespace Whereabouts.Application.Exchanges;

/// <summary>An exchange as lists show it.</summary>
/// <param name="Id">The exchange.</param>
/// <param name="Date">When it took place.</param>
/// <param name="Terms">What was traded.</param>
/// <param name="Route">The route or place in words, or null.</param>
/// <param name="Mediators">Who mediated.</param>
/// <param name="Named">How many named people went each way, by the side that received them.</param>
public sealed record ExchangeListItem(
    Guid Id,
    PartialDate Date,
    ExchangeTerms Terms,
    string? Route,
    IReadOnlyList<string> Mediators,
    IReadOnlyList<SideCount> Named);
