using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;

namespace Whereabouts.Application.Captivity;

/// <summary>The obligations report's parameters as a query string or a command line gives them, checked field by field.</summary>
public static class ObligationsRequest
{
    /// <summary>
    /// Reads <paramref name="party"/> (the slug of one of <paramref name="parties"/>, any case; required)
    /// and the period's <paramref name="from"/> and <paramref name="to"/> (YYYY-MM-DD, each optional).
    /// </summary>
    /// <exception cref="ValidationFailedException">The party is missing or not recorded, a day is not a day, or the period ends before it starts; the messages name "party", "from" and "to".</exception>
    public static (string Party, DateOnly? From, DateOnly? To) Parse(string? party, string? from, string? to, PartyList parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var errors = new FieldErrors();
        var slug = PartyReference.Required(errors, "party", party, parties, "Choose the detaining party.");
        var start = Day(errors, "from", from);
        var end = Day(errors, "to", to);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add("to", $"The period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).");
        }

        errors.ThrowIfAny();
        return (slug!, start, end);
    }

    private static DateOnly? Day(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"'{(trimmed.Length > 40 ? trimmed[..40] + "…" : trimmed)}' is not a day; write it as YYYY-MM-DD (2020-12-15).");
        return null;
    }
}
