using Whereabouts.Domain;

namespace Whereabouts.Application.Common;

/// <summary>
/// Collects what is wrong with a form or a JSON body, field by field, so that every problem is
/// reported at once instead of one per submission. Field names are the caller's (camelCase, as the
/// JSON names them; forms match them ignoring case).
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<Sentence>> _messages = new(StringComparer.Ordinal);

    /// <summary>A message for <paramref name="field"/>, kept as a template and its values so that a page can translate it (ADR 0027).</summary>
    public void Add(string field, Sentence message)
    {
        if (!_messages.TryGetValue(field, out var list))
        {
            list = [];
            _messages[field] = list;
        }

        list.Add(message);
    }

    /// <summary>Whether <paramref name="field"/> already has a message (so a second, vaguer one is not added).</summary>
    public bool Has(string field) => _messages.ContainsKey(field);

    /// <summary>A fixed message for <paramref name="field"/>.</summary>
    public void Add(string field, string message) => Add(field, Sentence.Of(message));

    /// <summary>A message for <paramref name="field"/> written as an interpolated string; its holes stay values (ADR 0027).</summary>
    public void Add(string field, SentenceHandler message) => Add(field, Sentence.Of(message));

    /// <summary>An error when the trimmed text is longer than <paramref name="length"/>.</summary>
    public void MaxLength(string field, string? value, int length)
    {
        if (value is not null && value.Trim().Length > length)
        {
            Add(field, $"Keep this under {length} characters.");
        }
    }

    /// <summary>Trimmed text, or null when blank; a blank required field or an over-long one is an error.</summary>
    public string? Text(string field, string? value, int maxLength, string? requiredMessage = null)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (requiredMessage is not null)
            {
                Add(field, requiredMessage);
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"Keep it to {maxLength} characters; this is {text.Length}.");
        }

        return text;
    }

    /// <summary>A partial date from its text form, or null when blank; a date after <paramref name="today"/> is an error.</summary>
    public PartialDate? Date(string field, string? text, DateOnly today, string? requiredMessage = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (requiredMessage is not null)
            {
                Add(field, requiredMessage);
            }

            return null;
        }

        if (!PartialDate.TryParse(text, out var date, out var error))
        {
            Add(field, error);
            return null;
        }

        if (date.Earliest > today)
        {
            Add(field, $"{date} is in the future.");
        }

        return date;
    }

    /// <summary>
    /// An enum value from its name, ignoring case; <paramref name="fallback"/> when blank. Numbers
    /// and combinations are refused, so that "3" or "A,B" cannot slip in as a grade.
    /// </summary>
    public TEnum Choice<TEnum>(string field, string? text, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            Add(field, $"'{text.Trim()}' is not one of {EnumChoices.Of<TEnum>()}.");
            return fallback;
        }

        return Enum.Parse<TEnum>(name);
    }

    /// <summary>Throws the collected messages, if there are any.</summary>
    /// <exception cref="ValidationFailedException">At least one field is wrong.</exception>
    public void ThrowIfAny()
    {
        if (_messages.Count > 0)
        {
            throw new ValidationFailedException(_messages.ToDictionary(p => p.Key, p => (IReadOnlyList<Sentence>)p.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>The latest calendar day anywhere on Earth (UTC+14) at <paramref name="clock"/>'s now.</summary>
    public static DateOnly LatestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
}
