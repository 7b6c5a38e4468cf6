using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;

namespace Whereabouts.Application.Reports;

/// <summary>The still-held list's two parameters as a query string gives them, checked field by field.</summary>
public static class StillHeldRequest
{
    /// <summary>
    /// Reads <paramref name="side"/> (the slug of one of <paramref name="parties"/>, ignoring case;
    /// required) and <paramref name="asOf"/> (YYYY-MM-DD, optional: null means today).
    /// </summary>
    /// <exception cref="ValidationFailedException">The side is missing or not a party of the registry, or the date is not a calendar day or has not come yet; the messages name "side" and "asOf".</exception>
    public static (string Side, DateOnly? AsOf) Parse(string? side, string? asOf, TimeProvider clock, PartyList parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var errors = new FieldErrors();
        var parsed = PartyReference.Required(errors, "side", side, parties, "Choose a party.");
        var day = ReadDay(errors, "asOf", asOf, clock);
        errors.ThrowIfAny();
        return (parsed!, day);
    }

    /// <summary>
    /// Reads <paramref name="side"/> and <paramref name="asOf"/> as <see cref="Parse(string?, string?, TimeProvider, PartyList)"/>
    /// does, and <paramref name="recordedOn"/> (YYYY-MM-DD, optional: null means what the registry
    /// holds now) by the same rules: a calendar day that has come. An "as of" later than the day
    /// as recorded is allowed: it is still only what was recorded by then.
    /// </summary>
    /// <exception cref="ValidationFailedException">A field is wrong; the messages name "side", "asOf" and "recordedOn", each field by itself.</exception>
    public static (string Side, DateOnly? AsOf, DateOnly? RecordedOn) Parse(string? side, string? asOf, string? recordedOn, TimeProvider clock, PartyList parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var errors = new FieldErrors();
        var parsed = PartyReference.Required(errors, "side", side, parties, "Choose a party.");
        var day = ReadDay(errors, "asOf", asOf, clock);
        var recorded = ReadDay(errors, "recordedOn", recordedOn, clock);
        errors.ThrowIfAny();
        return (parsed!, day, recorded);
    }

    /// <summary>
    /// Reads <paramref name="asOf"/> and <paramref name="recordedOn"/> alone, each YYYY-MM-DD and
    /// optional, for the reports that take no side (see <see cref="Parse(string?, string?, string?, TimeProvider, PartyList)"/>).
    /// </summary>
    /// <exception cref="ValidationFailedException">A date is not a calendar day or has not come yet; the messages name "asOf" and "recordedOn".</exception>
    public static (DateOnly? AsOf, DateOnly? RecordedOn) ParseDays(string? asOf, string? recordedOn, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var day = ReadDay(errors, "asOf", asOf, clock);
        var recorded = ReadDay(errors, "recordedOn", recordedOn, clock);
        errors.ThrowIfAny();
        return (day, recorded);
    }

    /// <summary>Reads <paramref name="asOf"/> alone (YYYY-MM-DD, optional: null means today).</summary>
    /// <exception cref="ValidationFailedException">The date is not a calendar day or has not come yet; the message names "asOf".</exception>
    public static DateOnly? ParseDay(string? asOf, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var day = ReadDay(errors, "asOf", asOf, clock);
        errors.ThrowIfAny();
        return day;
    }

    // A list "as of" a day that has not come yet would only repeat today's list under a false date,
    // which must not end up in a court file. A day has come once it has begun anywhere
    // (FieldErrors.LatestToday), so that Yerevan and Baku can ask for their own today. A day "as
    // recorded" is read by the same rules, under its own field.
    private static DateOnly? ReadDay(FieldErrors errors, string field, string? asOf, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return null;
        }

        var text = asOf.Trim();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(field, $"'{text}' is not a day; write it as YYYY-MM-DD (2020-12-15).");
            return null;
        }

        var latest = FieldErrors.LatestToday(clock);
        if (day > latest)
        {
            errors.Add(field, $"'{text}' is in the future (today is {latest:yyyy-MM-dd}); give a day up to today as YYYY-MM-DD.");
            return null;
        }

        return day;
    }
}
