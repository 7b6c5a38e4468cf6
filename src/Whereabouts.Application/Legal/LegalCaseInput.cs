namespace Whereabouts.Application.Legal;

/// <summary>
/// A legal case as a form or a JSON body gives it, checked by <see cref="LegalCaseEditor"/>, which
/// names each wrong field as this record names it (camelCase: "forumName", "lodgedOn").
/// </summary>
/// <param name="Title">A short description for lists; required.</param>
/// <param name="ForumKind">A <see cref="Domain.ForumKind"/> name ("EuropeanCourtOfHumanRights", "NationalCourt", "Other"); required.</param>
/// <param name="ForumName">The court's name; required.</param>
/// <param name="Number">The case or application number; required for an ECHR application.</param>
/// <param name="Kind">A <see cref="Domain.LegalCaseKind"/> name ("InterimMeasuresRequest", "Application", "CriminalTrial", "Other"); required.</param>
/// <param name="LodgedOn">When the case was lodged or opened, as a partial date ("2020-12-15", "2020-12"); required.</param>
/// <param name="PersonIds">The registry's people the case is about; at least one.</param>
/// <param name="Counsel">The lawyers, by name.</param>
/// <param name="Charges">The charges, one per entry.</param>
/// <param name="Sentence">The sentence as pronounced (criminal trials only).</param>
/// <param name="Status">A <see cref="Domain.LegalCaseStatus"/> name; blank means Pending.</param>
/// <param name="SourceIds">Registered documents the record rests on.</param>
/// <param name="Notes">Remarks.</param>
/// <param name="DetainingParty">The slug of the party that holds the case's people; blank or <c>unknown</c> when none is recorded.</param>
public sealed record LegalCaseInput(
    string? Title,
    string? ForumKind,
    string? ForumName,
    string? Number,
    string? Kind,
    string? LodgedOn,
    IReadOnlyList<Guid>? PersonIds,
    IReadOnlyList<string>? Counsel = null,
    IReadOnlyList<string>? Charges = null,
    string? Sentence = null,
    string? Status = null,
    IReadOnlyList<Guid>? SourceIds = null,
    string? Notes = null,
    string? DetainingParty = null);
