using Whereabouts.Application.Common;

namespace Whereabouts.Application.Persons;

/// <summary>Collects messages per input field, so one answer names every field that needs fixing.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void MaxLength(string field, string? value, int length)
    {
        if (value is not null && value.Trim().Length > length)
        {
            Add(field, $"Keep this under {length} characters.");
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
