using Whereabouts.Application.Common;

namespace Whereabouts.Web.Api.Persons;

/// <summary>
/// Reads the API's enum fields, which are names as text ("CaptureConfirmed"), and collects what
/// could not be read per field, so a client learns every bad field in one validation problem.
/// </summary>
internal sealed class ApiFields
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>The value named by <paramref name="text"/> (any case), null when blank; an unknown name is recorded against <paramref name="field"/>.</summary>
    public T? Enum<T>(string field, string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        _errors[field] = [$"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}."];
        return null;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
