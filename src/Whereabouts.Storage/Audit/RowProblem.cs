namespace Whereabouts.Storage.Audit;

/// <summary>A row of an audited table that does not agree with the audit log.</summary>
/// <param name="Table">The table the row is (or was) in.</param>
/// <param name="Id">The row's key as the log writes it (parts of a composite key joined by '/').</param>
/// <param name="Fields">The fields whose values differ from the last ones the log recorded, when the log can tell; else empty.</param>
/// <param name="Problem">What is wrong, in a sentence.</param>
public sealed record RowProblem(string Table, string Id, IReadOnlyList<string> Fields, string Problem);
