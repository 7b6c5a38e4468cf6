namespace Whereabouts.Application.Exchanges;

/// <summary>
/// An exchange as a form or a JSON body gives it, checked by <see cref="ExchangeRecorder"/>, which
/// names each wrong field as this record names it ("date", "sourceIds", "transfers[2].personId").
/// </summary>
/// <param name="Date">When it took place, as a partial date ("2020-12-14"); required.</param>
/// <param name="Terms">AllForAll, PrisonersForPrisoners, PrisonersForMinefieldMaps, RemainsForRemains or Other; required.</param>
/// <param name="TermsText">The terms in words; required for Other.</param>
/// <param name="PlaceId">The gazetteer place, if one fits.</param>
/// <param name="Route">The route or place in words.</param>
/// <param name="Parties">The parties that handed over and received people.</param>
/// <param name="Mediators">Who mediated or carried it out ("ICRC", "Russian peacekeepers").</param>
/// <param name="IncidentId">The incident that stands for the exchange (its announced totals are claims on it).</param>
/// <param name="SourceIds">The sources that report it, at least one; the first is the evidence of each person's new fate.</param>
/// <param name="Transfers">The named people who went each way, at least one.</param>
/// <param name="Credibility">How credible the new fates are, 1–6 by name (Confirmed, ProbablyTrue, …); ProbablyTrue when blank.</param>
/// <param name="AllowNotHeld">True to record people whose fate on the exchange's date was not captivity
/// (missing, or not known to be held); false refuses them, naming each.</param>
/// <param name="Notes">Remarks.</param>
public sealed record ExchangeInput(
    string? Date,
    string? Terms,
    IReadOnlyList<Guid>? SourceIds,
    IReadOnlyList<TransferInput>? Transfers,
    string? TermsText = null,
    Guid? PlaceId = null,
    string? Route = null,
    IReadOnlyList<string>? Parties = null,
    IReadOnlyList<string>? Mediators = null,
    Guid? IncidentId = null,
    string? Credibility = null,
    bool AllowNotHeld = false,
    string? Notes = null);
