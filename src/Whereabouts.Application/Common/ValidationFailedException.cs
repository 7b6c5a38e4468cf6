namespace Whereabouts.Application.Common;

/// <summary>
/// Input that a use case refused, with a message per field, so a form can show each message next
/// to its field and the API can answer with a validation problem. Nothing was saved.
/// </summary>
public sealed class ValidationFailedException : Exception
{
    /// <summary>Creates the exception from field messages (field names as the caller's input names them).</summary>
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base(Summarise(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for one field.</summary>
    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
    {
    }

    /// <summary>The messages by field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Summarise(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
