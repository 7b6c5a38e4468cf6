using System.Globalization;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Turns the rows the tables engine read into rows the registry can take: a fate word becomes a
/// fate status, a side's slug or name a party, dates partial dates; what does not fit (a fate
/// nobody knows, a party not in this registry, a fate without a date, a value too wide for its
/// column) is a problem with its place, never a crash.
/// </summary>
internal static class ListRowChecks
{
    // The widest a list's id, names and place may be (the columns they are stored in).
    private const int MaxFieldLength = 200;

    public static List<ListRowInput> Check(ListReading reading, ListImportOptions options, string? listSide, PartyList parties, List<Sentence> problems)
    {
        var file = reading.File.FileName;
        var sheet = reading.Layout.Sheet;
        void Problem(int line, ListField field, Sentence message) =>
            problems.Add(ListProblems.At(file, sheet, line, HeaderOf(reading.Layout, field), message));

        var rows = new List<ListRowInput>(reading.Rows.Count);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var values in reading.Rows)
        {
            var line = values.Line;
            var recordId = values.Id ?? line.ToString(CultureInfo.InvariantCulture);
            if (!ids.TryAdd(recordId, line))
            {
                var first = ids[recordId];
                Problem(line, ListField.Id, Sentence.Of($"the number '{recordId}' was already used on line {first}; each row of a list needs its own"));
            }

            foreach (var (field, value, width) in new[]
            {
                (ListField.Id, values.Id, MaxFieldLength), (ListField.GivenName, values.GivenName, MaxFieldLength),
                (ListField.FamilyName, values.FamilyName, MaxFieldLength), (ListField.Patronymic, values.Patronymic, MaxFieldLength),
                (ListField.BirthPlace, values.BirthPlace, MaxFieldLength), (ListField.Rank, values.Rank, MaxFieldLength),
                (ListField.Unit, values.Unit, MaxFieldLength), (ListField.ServiceNumber, values.ServiceNumber, 100),
                (ListField.Notes, values.Notes, 4000),
            })
            {
                if (value is { } text && text.Length > width)
                {
                    Problem(line, field, Sentence.Of($"longer than {width} characters"));
                }
            }

            CheckNames(reading, values, problems);
            var fate = options.Fate;
            if (values.FateText is { } fateText)
            {
                if (values.Fate is { } name && Enum.TryParse<FateStatus>(name, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                {
                    fate = parsed;
                }
                else
                {
                    Problem(line, ListField.Fate, Sentence.Of($"'{fateText}' is not a fate the registry knows (missing, captured, detained, released, deceased…); correct the cell, or map the column to Extra to keep it as a note"));
                }
            }

            var asOf = values.FateDate is { } fateDate ? ToPartialDate(fateDate, line, ListField.FateDate, Problem) : options.AsOf;
            if (fate is not null && asOf is null)
            {
                Problem(line, ListField.FateDate, Sentence.Of("the row states a fate but not when: add a fate date column or give the list's date"));
            }

            var side = listSide;
            if (values.Side is { } sideText)
            {
                side = ResolveSide(sideText, parties, out var known);
                if (!known)
                {
                    var slugs = parties.Slugs;
                    Problem(line, ListField.Side, Sentence.Of($"'{sideText}' is not a party of this registry; use one of: {slugs}"));
                }
            }

            var details = new ListEntryDetails(
                values.FullName,
                values.Sex switch { ListSex.Male => Sex.Male, ListSex.Female => Sex.Female, _ => Sex.Unknown },
                values.Rank,
                values.Unit,
                values.ServiceNumber,
                values.Notes,
                values.Extra.Select(e => new ListEntryColumn(e.Header, e.Value)).ToList());
            rows.Add(new ListRowInput(
                rows.Count, line, recordId, values.Id, values.GivenName, values.FamilyName, values.Patronymic,
                values.BirthDate is { } birth ? ToPartialDate(birth, line, ListField.BirthDate, Problem) : null, values.BirthPlace, fate, asOf, side, details));
        }

        return rows;
    }

    /// <summary>
    /// Adds a problem, with its place, for each name of the row that holds characters a name may
    /// not (control, direction or invisible characters): the same in a preview, a dry run and an import.
    /// </summary>
    public static void CheckNames(ListReading reading, ListRowValues values, List<Sentence> problems)
    {
        foreach (var (field, value) in new[] { (ListField.GivenName, values.GivenName), (ListField.FamilyName, values.FamilyName), (ListField.Patronymic, values.Patronymic) })
        {
            if (NameCharacters.FindRefused(value) is { } what)
            {
                // A name split from a full-name column is named by that column.
                var column = HeaderOf(reading.Layout, field) ?? HeaderOf(reading.Layout, ListField.FullName);
                problems.Add(ListProblems.At(reading.File.FileName, reading.Layout.Sheet, values.Line, column, Sentence.Of($"the name holds {what}; remove the control, direction or invisible characters")));
            }
        }
    }

    /// <summary>The party a side cell names: by slug or by its name in any language; "unknown" or a dash is no party.</summary>
    private static string? ResolveSide(string text, PartyList parties, out bool known)
    {
        known = true;
        var value = text.Trim();
        if (value is "-" or "—" or "?" || string.Equals(value, "unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Party.IsSlug(value) && parties.Find(Party.NormalizeSlug(value)) is { } bySlug)
        {
            return bySlug.Slug;
        }

        foreach (var party in parties)
        {
            if (new[] { party.NameEn, party.NameHy, party.NameRu, party.NameAz }.Any(n => n is not null && string.Equals(n.Trim(), value, StringComparison.OrdinalIgnoreCase)))
            {
                return party.Slug;
            }
        }

        known = false;
        return null;
    }

    private static PartialDate? ToPartialDate(ListDate date, int line, ListField field, Action<int, ListField, Sentence> problem)
    {
        try
        {
            return date switch
            {
                { Day: { } day, Month: { } month } => PartialDate.OfDay(date.Year, month, day),
                { Month: { } month } => PartialDate.OfMonth(date.Year, month),
                _ => PartialDate.OfYear(date.Year),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            var written = date.Written;
            var why = e.Message.Split(" (Parameter", 2)[0];
            problem(line, field, Sentence.Of($"'{written}' is not a date the registry can keep: {why}"));
            return null;
        }
    }

    private static string? HeaderOf(ListLayout layout, ListField field) => layout.Columns.FirstOrDefault(c => c.Field == field)?.Header;
}
