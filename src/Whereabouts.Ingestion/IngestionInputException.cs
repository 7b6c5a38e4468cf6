using Whereabouts.Engines;

namespace Whereabouts.Ingestion;

/// <summary>A document that cannot be read: the message names the file and the reason.</summary>
public sealed class IngestionInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> (a file name), with a reason already written.</summary>
    public IngestionInputException(string source, string reason, Exception? inner = null)
        : this(source, EngineText.Plain(reason), inner)
    {
    }

    internal IngestionInputException(string source, EngineText reason, Exception? inner = null)
        : base($"{source}: {reason.English}", inner)
    {
        Source = source;
        Reason = reason.English;
        ReasonTemplate = reason.Template;
        ReasonValues = reason.Values;
    }

    /// <summary>
    /// The exception for a fault of an engine itself on <paramref name="source"/> (a bug: the engines
    /// should refuse bad input only with this exception's reasons), naming the fault so that it can
    /// be reported.
    /// </summary>
    public static IngestionInputException EngineFailure(string source, Exception fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var kind = fault.GetType().Name;
        return new IngestionInputException(
            source,
            EngineText.Of($"the engine failed on this document ({kind}: {fault.Message}); nothing was read from it; please report it with the document"),
            fault);
    }

    /// <summary>The file (or other name) the document came from.</summary>
    public new string Source { get; }

    /// <summary>Why it cannot be read, in English.</summary>
    public string Reason { get; }

    /// <summary>
    /// The reason as a template (composite format, <c>{n}</c> for each of <see cref="ReasonValues"/>),
    /// for an application to translate; the English template is the key.
    /// </summary>
    public string ReasonTemplate { get; }

    /// <summary>The values of <see cref="ReasonTemplate"/>.</summary>
    public IReadOnlyList<object?> ReasonValues { get; }
}
