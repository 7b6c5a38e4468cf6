namespace Whereabouts.Application.Exports;

/// <summary>
/// A snapshot that cannot be imported: every problem found, each with file, line and field.
/// Nothing was written.
/// </summary>
public sealed class SnapshotInputException : Exception
{
    /// <summary>Creates the exception for the problems found.</summary>
    public SnapshotInputException(IReadOnlyList<SnapshotProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public SnapshotInputException(SnapshotProblem problem)
        : this([problem])
    {
    }

    /// <summary>The problems, in the order they were found.</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SnapshotProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"The snapshot cannot be imported: {problems[0]}"
            : $"The snapshot cannot be imported ({problems.Count} problems); the first: {problems[0]}";
    }
}
