using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>Registers a list row nobody in the registry matched as a new person.</summary>
internal static class EntryPeople
{
    /// <summary>A new person with the row's name (the list as its source), date of birth, sex and military particulars.</summary>
    public static Person Register(ListEntry entry, string? side)
    {
        var name = new PersonName(entry.GivenName, entry.FamilyName, entry.Patronymic, origin: $"list row {entry.RecordId}", sourceId: entry.SourceId);
        var birth = entry.BirthDate is null ? null : ParseDate(entry.BirthDate);
        // A rank, unit or service number says the person served; the list does not say more.
        var role = entry.Rank is not null || entry.Unit is not null || entry.ServiceNumber is not null ? ServiceRole.Soldier : ServiceRole.Unknown;
        var details = new PersonDetails(entry.Sex, birth, Side: side, Role: role, Rank: entry.Rank, Unit: entry.Unit, ServiceNumber: entry.ServiceNumber);
        return new Person(Guid.Empty, name, details, entry.IsInvented);
    }

    /// <summary>Reads YYYY, YYYY-MM, YYYY-MM-DD, and the day-first DD.MM.YYYY of Russian and Azerbaijani lists.</summary>
    public static PartialDate? ParseDate(string text)
    {
        if (PartialDate.TryParse(text, out var date, out _))
        {
            return date;
        }

        return DateOnly.TryParseExact(text.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? PartialDate.OfDay(day) : null;
    }
}
