namespace Whereabouts.Linkage;

/// <summary>
/// Input the engine cannot use, with where it is: the file (or table) name, the line, and why.
/// Line 1 is the header.
/// </summary>
public sealed class LinkageInputException : Exception
{
    /// <summary>Creates the exception for a place in an input.</summary>
    public LinkageInputException(string source, int line, string reason)
        : base(line > 0 ? $"{source}, line {line}: {reason}." : $"{source}: {reason}.")
    {
        Source = source;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file or table the problem is in.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line (1 is the header), or 0 when the problem is not on one line.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }
}
