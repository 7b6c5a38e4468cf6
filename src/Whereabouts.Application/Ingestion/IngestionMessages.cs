using Whereabouts.Domain;
using Whereabouts.Ingestion;

namespace Whereabouts.Application.Ingestion;

/// <summary>Why a document cannot be read, as a sentence a page shows in its reader's language.</summary>
internal static class IngestionMessages
{
    /// <summary>"FILE: reason", the reason's template being the engine's (translated like every template, docs/adr/0027).</summary>
    public static Sentence Of(IngestionInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var file = exception.Source;
        var reason = Sentence.Format(exception.ReasonTemplate, [.. exception.ReasonValues]);
        return Sentence.Of($"{file}: {reason}");
    }
}
