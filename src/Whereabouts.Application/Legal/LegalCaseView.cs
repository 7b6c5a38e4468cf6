using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Legal;

/// <summary>A legal case as read back after loading or saving, with its people and documents named.</summary>
/// <param name="Id">The case.</param>
/// <param name="Title">A short description.</param>
/// <param name="ForumKind">What kind of body hears it.</param>
/// <param name="ForumName">The court's name.</param>
/// <param name="Number">The case or application number, or null.</param>
/// <param name="Kind">What kind of proceedings.</param>
/// <param name="LodgedOn">When it was lodged or opened.</param>
/// <param name="People">The people it is about, in the order recorded.</param>
/// <param name="Counsel">The lawyers.</param>
/// <param name="Charges">The charges.</param>
/// <param name="Sentence">The sentence, or null.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Documents">The documents the record rests on.</param>
/// <param name="Notes">Remarks, or null.</param>
/// <param name="Proceedings">The steps, earliest first.</param>
/// <param name="Version">The saved version; an edit must name it.</param>
/// <param name="DetainingParty">The slug of the party that holds the case's people, or null when none is recorded.</param>
public sealed record LegalCaseView(
    Guid Id,
    string Title,
    ForumKind ForumKind,
    string ForumName,
    string? Number,
    LegalCaseKind Kind,
    PartialDate LodgedOn,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<string> Counsel,
    IReadOnlyList<string> Charges,
    string? Sentence,
    LegalCaseStatus Status,
    IReadOnlyList<DocumentLink> Documents,
    string? Notes,
    IReadOnlyList<ProceedingView> Proceedings,
    int Version,
    string? DetainingParty = null);
