using Whereabouts.Interchange.Pfif;

namespace Whereabouts.Application.Pfif;

/// <summary>What an import did, with every problem found in the document or with the registry's rules.</summary>
/// <param name="Outcome">Whether anything changed, and why not.</param>
/// <param name="SourceId">The source the document became, or (when already imported) the earlier one; null otherwise.</param>
/// <param name="SourceTitle">That source's title, or null.</param>
/// <param name="PersonsAdded">People registered.</param>
/// <param name="NameFormsAdded">Name forms registered with them.</param>
/// <param name="NotesRead">Notes kept from the document (nested and top-level).</param>
/// <param name="AssertionsAdded">Fate assertions recorded from notes.</param>
/// <param name="NotesWithoutFate">Notes that say nothing about the fate (no status, information sought, is the author).</param>
/// <param name="PersonsAlreadyPresent">Person records skipped because the registry already holds them.</param>
/// <param name="NotesAlreadyPresent">Notes skipped because their assertion is already recorded.</param>
/// <param name="RecordsSkipped">Person and note records left out because of a problem, found by the reader or by the registry's rules (see <paramref name="Issues"/>).</param>
/// <param name="ContactsDropped">Contact fields (e-mail addresses, telephone numbers) read and deliberately not stored.</param>
/// <param name="Issues">Every problem, in document order: the reader's and the registry's.</param>
public sealed record PfifImportResult(
    PfifImportOutcome Outcome,
    Guid? SourceId,
    string? SourceTitle,
    int PersonsAdded,
    int NameFormsAdded,
    int NotesRead,
    int AssertionsAdded,
    int NotesWithoutFate,
    int PersonsAlreadyPresent,
    int NotesAlreadyPresent,
    int RecordsSkipped,
    int ContactsDropped,
    IReadOnlyList<PfifIssue> Issues)
{
    /// <summary>A result in which nothing changed.</summary>
    internal static PfifImportResult Unchanged(PfifImportOutcome outcome, IReadOnlyList<PfifIssue> issues, Guid? sourceId = null, string? sourceTitle = null) =>
        new(outcome, sourceId, sourceTitle, 0, 0, 0, 0, 0, 0, 0, 0, 0, issues);
}
