namespace Whereabouts.Application.Lists;

/// <summary>
/// A list that cannot be imported, with every problem found (file, line, column, reason). Nothing
/// was written: the import checks the whole file before it saves anything.
/// </summary>
public sealed class ListImportException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ListImportException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem as "FILE, line N, column: reason".</summary>
    public IReadOnlyList<string> Problems { get; }
}
