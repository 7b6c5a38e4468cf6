namespace Whereabouts.Tables.Reading;

/// <summary>
/// A file that cannot be read as a table at all (corrupt, password-protected, an unsupported
/// format, an encoding that is none of the supported ones, over the size limit, no sheet with name
/// columns), with every problem found and where it is.
/// </summary>
public sealed class TableInputException : Exception
{
    /// <summary>Creates the exception from one problem.</summary>
    public TableInputException(TableProblem problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception from the problems found.</summary>
    public TableInputException(IReadOnlyList<TableProblem> problems)
        : base(string.Join(Environment.NewLine, (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Each problem with its place.</summary>
    public IReadOnlyList<TableProblem> Problems { get; }
}
