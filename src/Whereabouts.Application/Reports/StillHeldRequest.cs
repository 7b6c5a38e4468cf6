using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;

namespace Whereabouts.Application.Reports;

/// <summary>The still-held list's parameters as a query string gives them, checked field by field.</summary>
public static class StillHeldRequest
{
    /// <summary>How many people a page of the list holds when no size is asked for.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The most people a page of the list may hold (<see cref="Paging.MaxPageSize"/>); the whole list is the CLI's (<c>whereabouts report still-held</c>).</summary>
    public const int MaxPageSize = Paging.MaxPageSize;

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
    /// Reads <paramref name="side"/>, <paramref name="asOf"/> and <paramref name="recordedOn"/> as
    /// <see cref="Parse(string?, string?, string?, TimeProvider, PartyList)"/> does, and the page
    /// asked for: <paramref name="page"/> (a whole number from 1; 1 when empty) and
    /// <paramref name="pageSize"/> (1 to <see cref="MaxPageSize"/>; <see cref="DefaultPageSize"/>
    /// when empty). A page past the end of the list is not an error: it is empty, and says how many there are.
    /// </summary>
    /// <exception cref="ValidationFailedException">A field is wrong; the messages name "side", "asOf", "recordedOn", "page" and "pageSize", each field by itself.</exception>
    public static StillHeldAsk Parse(string? side, string? asOf, string? recordedOn, string? page, string? pageSize, TimeProvider clock, PartyList parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var errors = new FieldErrors();
        var parsed = PartyReference.Required(errors, "side", side, parties, "Choose a party.");
        var day = ReadDay(errors, "asOf", asOf, clock);
        var recorded = ReadDay(errors, "recordedOn", recordedOn, clock);
        var (number, size) = ReadPage(errors, page, pageSize);
        errors.ThrowIfAny();
        return new StillHeldAsk(parsed!, day, recorded, number, size);
    }

    /// <summary>
    /// Reads the page asked for alone (see <see cref="Parse(string?, string?, string?, string?, string?, TimeProvider, PartyList)"/>),
    /// for a page that reads the other fields apart.
    /// </summary>
    /// <exception cref="ValidationFailedException">The page or its size is not a whole number in range; the messages name "page" and "pageSize".</exception>
    public static (int Page, int PageSize) ParsePage(string? page, string? pageSize)
    {
        var errors = new FieldErrors();
        var read = ReadPage(errors, page, pageSize);
        errors.ThrowIfAny();
        return read;
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

    // A page of the list: a caller who asks for page "two" or a size of a million is told so, by
    // field, rather than given a page it did not ask for.
    private static (int Page, int PageSize) ReadPage(FieldErrors errors, string? page, string? pageSize)
    {
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page))
        {
            var text = page.Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1)
            {
                errors.Add("page", $"'{text}' is not a page number; give a whole number from 1.");
                number = 1;
            }
        }

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize))
        {
            var text = pageSize.Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize)
            {
                errors.Add("pageSize", $"'{text}' is not a page size; give a whole number from 1 to {MaxPageSize}.");
                size = DefaultPageSize;
            }
        }

        return (number, size);
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
