using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>
/// A list that cannot be imported, with every problem found (file, line, column, reason). Nothing
/// was written: the import checks the whole file before it saves anything.
/// </summary>
public sealed class ListImportException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ListImportException(IReadOnlyList<Sentence> problems)
        : base(string.Join(Environment.NewLine, (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.English)))
    {
        Problems = problems;
    }

    /// <summary>Each problem as "FILE, line N, column: reason", for the reader's language (<see cref="Sentence.English"/> in English).</summary>
    public IReadOnlyList<Sentence> Problems { get; }
}
