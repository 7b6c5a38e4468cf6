namespace Whereabouts.Application.Exchanges;

/// <summary>
/// The descriptive details of a recorded exchange, as an edit replaces them. The date, incident,
/// place, sources and people are not here: the fate assertions the exchange recorded carry them.
/// </summary>
/// <param name="Terms">What was traded: a name of <see cref="Domain.ExchangeTerms"/>.</param>
/// <param name="TermsText">The terms in words (required for Other).</param>
/// <param name="Route">The route or place in words.</param>
/// <param name="Parties">The parties, in order.</param>
/// <param name="Mediators">Who mediated or carried it out, in order.</param>
/// <param name="Notes">Remarks.</param>
public sealed record ExchangeRevision(
    string? Terms,
    string? TermsText = null,
    string? Route = null,
    IReadOnlyList<string>? Parties = null,
    IReadOnlyList<string>? Mediators = null,
    string? Notes = null);
