using Whereabouts.Application.Incidents;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Places;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exchanges;

/// <summary>An exchange with everything its page shows: terms, mediators, people each way, announced totals against named ones.</summary>
/// <param name="Id">The exchange.</param>
/// <param name="Date">When it took place.</param>
/// <param name="Terms">What was traded.</param>
/// <param name="TermsText">The terms in words, or null.</param>
/// <param name="Place">The gazetteer place, or null.</param>
/// <param name="Route">The route or place in words, or null.</param>
/// <param name="Parties">The parties.</param>
/// <param name="Mediators">The mediators.</param>
/// <param name="Incident">The incident that stands for it, or null.</param>
/// <param name="Notes">Remarks, or null.</param>
/// <param name="Sources">The sources it rests on, the evidence of the new fates first.</param>
/// <param name="Transfers">The named people, in the order recorded.</param>
/// <param name="Totals">Announced against named, per receiving side.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Version">The saved version; an edit must name it.</param>
public sealed record ExchangeDossier(
    Guid Id,
    PartialDate Date,
    ExchangeTerms Terms,
    string? TermsText,
    PlaceLink? Place,
    string? Route,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Mediators,
    IncidentLink? Incident,
    string? Notes,
    IReadOnlyList<SourceChoice> Sources,
    IReadOnlyList<ExchangeTransferView> Transfers,
    IReadOnlyList<ExchangeTotal> Totals,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int Version);
