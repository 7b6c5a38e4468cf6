namespace Whereabouts.Storage.Audit;

/// <summary>The outcome of <c>audit verify</c>: the chain, the anchors it was given, and the rows of every audited table.</summary>
/// <param name="Chain">The chain's check: every hash and link.</param>
/// <param name="AnchorProblems">Each anchor the log no longer reaches, in a sentence; empty when all hold.</param>
/// <param name="RowsChecked">How many rows of audited tables were compared with the log.</param>
/// <param name="RowProblemCount">How many rows disagree with the log (all of them counted).</param>
/// <param name="RowProblems">The first of those rows in detail, up to the cap the check was given.</param>
/// <param name="RowsSealed">How many rows <c>audit seal</c> gave a baseline entry (none for a check alone).</param>
public sealed record AuditReport(
    AuditVerification Chain, IReadOnlyList<string> AnchorProblems, long RowsChecked, long RowProblemCount, IReadOnlyList<RowProblem> RowProblems, long RowsSealed = 0)
{
    /// <summary>True when the chain holds, reaches every anchor, and every row agrees with its latest entry.</summary>
    public bool IsIntact => Chain.IsIntact && AnchorProblems.Count == 0 && RowProblemCount == 0;
}
