using Whereabouts.Domain;

namespace Whereabouts.Application.Common;

/// <summary>
/// Input that a use case refused, with a message per field, so a form can show each message next
/// to its field and the API can answer with a validation problem. Nothing was saved.
/// </summary>
/// <remarks>
/// Each message is a <see cref="Sentence"/>: the API answers with its English
/// (<see cref="Errors"/>), a page translates its template and writes its values in the reader's
/// language (<see cref="Sentences"/>; ADR 0027).
/// </remarks>
public sealed class ValidationFailedException : Exception
{
    /// <summary>Creates the exception from field messages (field names as the caller's input names them).</summary>
    public ValidationFailedException(IReadOnlyDictionary<string, IReadOnlyList<Sentence>> messages)
        : base(Summarise(messages))
    {
        Sentences = messages;
        Errors = messages.ToDictionary(p => p.Key, p => p.Value.Select(m => m.English).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Creates the exception from fixed field messages in English.</summary>
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : this(NotNull(errors).ToDictionary(p => p.Key, p => (IReadOnlyList<Sentence>)[.. p.Value.Select(Sentence.Of)], StringComparer.Ordinal))
    {
    }

    /// <summary>Creates the exception for one field.</summary>
    public ValidationFailedException(string field, Sentence message)
        : this(new Dictionary<string, IReadOnlyList<Sentence>>(StringComparer.Ordinal) { [field] = [message] })
    {
    }

    /// <summary>Creates the exception for one field with a fixed message.</summary>
    public ValidationFailedException(string field, string message)
        : this(field, Sentence.Of(message))
    {
    }

    /// <summary>Creates the exception for one field with a message written as an interpolated string (ADR 0027).</summary>
    public ValidationFailedException(string field, SentenceHandler message)
        : this(field, Sentence.Of(message))
    {
    }

    /// <summary>The messages by field, in English.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The messages by field, as templates and values to be shown in the reader's language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Sentence>> Sentences { get; }

    private static string Summarise(IReadOnlyDictionary<string, IReadOnlyList<Sentence>> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return string.Join("; ", messages.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m.English}")));
    }

    private static IReadOnlyDictionary<string, string[]> NotNull(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors;
    }
}
