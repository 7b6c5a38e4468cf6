namespace Whereabouts.Domain;

/// <summary>The editable description of a <see cref="LegalCase"/>; the proceedings are added one by one.</summary>
/// <param name="Title">A short description for lists ("Request for interim measures for twelve servicemen"); required.</param>
/// <param name="ForumKind">What kind of body hears the case.</param>
/// <param name="ForumName">The court's name ("European Court of Human Rights", "Baku Military Court"); required.</param>
/// <param name="Number">The case or application number as the forum writes it ("12345/20"); required for an application to the ECHR.</param>
/// <param name="Kind">What kind of proceedings these are.</param>
/// <param name="LodgedOn">When the case was lodged or opened, as precisely as known; required.</param>
/// <param name="PersonIds">The registry's people the case is about: at least one.</param>
/// <param name="Counsel">The lawyers who act in it, by name.</param>
/// <param name="Charges">The charges, one per entry (criminal trials).</param>
/// <param name="Sentence">The sentence as pronounced (criminal trials only).</param>
/// <param name="Status">Where the case stands.</param>
/// <param name="SourceIds">The registered documents the record rests on (the request, the decision, court papers).</param>
/// <param name="Notes">Remarks.</param>
/// <param name="DetainingParty">
/// The slug of the party that holds the people the case is about (the respondent state at the
/// ECHR, the state whose court tries them), or null when none is recorded.
/// </param>
public sealed record LegalCaseDetails(
    string Title,
    ForumKind ForumKind,
    string ForumName,
    string? Number,
    LegalCaseKind Kind,
    PartialDate LodgedOn,
    IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<string>? Counsel = null,
    IReadOnlyList<string>? Charges = null,
    string? Sentence = null,
    LegalCaseStatus Status = LegalCaseStatus.Pending,
    IReadOnlyList<Guid>? SourceIds = null,
    string? Notes = null,
    string? DetainingParty = null);
