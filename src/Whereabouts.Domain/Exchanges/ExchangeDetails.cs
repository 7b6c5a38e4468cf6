namespace Whereabouts.Domain;

/// <summary>The descriptive details of an <see cref="Exchange"/>, as one value for recording and editing.</summary>
/// <param name="Date">When the exchange took place.</param>
/// <param name="Terms">What was traded.</param>
/// <param name="TermsText">The terms in words, if more needs saying (required for <see cref="ExchangeTerms.Other"/>).</param>
/// <param name="PlaceId">The gazetteer place it took place at, if one fits.</param>
/// <param name="Route">The route or place in words ("flown from Baku to Yerevan on a Russian aircraft"), if given.</param>
/// <param name="Parties">The parties that handed people over and received them ("Armenia", "Azerbaijan").</param>
/// <param name="Mediators">Who mediated or carried it out ("ICRC", "Russian peacekeepers").</param>
/// <param name="IncidentId">The incident that stands for the exchange, whose count claims are its announced totals.</param>
/// <param name="Notes">Remarks, if any.</param>
public sealed record ExchangeDetails(
    PartialDate Date,
    ExchangeTerms Terms,
    string? TermsText = null,
    Guid? PlaceId = null,
    string? Route = null,
    IReadOnlyList<string>? Parties = null,
    IReadOnlyList<string>? Mediators = null,
    Guid? IncidentId = null,
    string? Notes = null);
