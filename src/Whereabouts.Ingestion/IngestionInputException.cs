namespace Whereabouts.Ingestion;

/// <summary>A document that cannot be read: the message names the file and the reason.</summary>
public sealed class IngestionInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> (a file name).</summary>
    public IngestionInputException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner)
    {
        Source = source;
        Reason = reason;
    }

    /// <summary>The file (or other name) the document came from.</summary>
    public new string Source { get; }

    /// <summary>Why it cannot be read.</summary>
    public string Reason { get; }
}
