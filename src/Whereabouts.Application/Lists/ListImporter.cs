using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Linkage;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Imports a list of people (CSV) into the registry: the list becomes a source, each row is kept
/// as written and linked to the registry's people by the linkage engine. A sure match, with no
/// other person close, is linked and the judgement recorded; likely matches go to the review
/// queue; a row nobody matches becomes a new person. A match the row contradicts (another side, a
/// birth year more than two apart) is never linked without review, however likely the engine finds
/// it: it goes to the queue with the reason in words. What the list says about everyone on it
/// (a fate, as of a date) is recorded as a fate assertion with the row as evidence.
/// </summary>
/// <remarks>
/// The whole file is checked before anything is saved, and everything is saved in one
/// transaction: a bad file changes nothing. The same file imported twice is refused. Existing
/// people are never merged: a row is linked to at most one person, and only a reviewer decides
/// between two people who both look like it.
/// </remarks>
public sealed class ListImporter(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The largest list imported at once (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The columns a list may have; <c>id</c> and a given or family name are required.</summary>
    public static readonly IReadOnlyList<string> KnownColumns = ["id", "given_name", "family_name", "patronymic", "birth_date", "birth_place", "fate", "fate_date", "side"];

    // A row that looks like many people is a job for a reviewer, who needs only the likeliest few.
    private const int MaxCandidatesPerRow = 5;
    private const int MaxProblemsReported = 50;

    // The widest a list's id, names and place may be (the columns they are stored in).
    private const int MaxFieldLength = 200;
    private static readonly JsonSerializerOptions ExplanationJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Imports the list in <paramref name="content"/>; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="ValidationFailedException">An option is invalid.</exception>
    /// <exception cref="ListImportException">The file cannot be imported; every problem found is listed. Nothing was written.</exception>
    public async Task<ListImportReport> ImportAsync(
        Stream content, string fileName, ListImportOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var errors = CheckOptions(options);
        string? side;
        PartyList parties;
        await using (var lookup = database.CreateContext())
        {
            parties = await PartyReference.ListAsync(lookup, cancellationToken).ConfigureAwait(false);
            side = PartyReference.Resolve(errors, "side", options.Side, parties);
        }

        errors.ThrowIfAny();
        var stopwatch = Stopwatch.StartNew();

        var bytes = await ReadAllAsync(content, fileName, cancellationToken).ConfigureAwait(false);
        var lines = new List<int>();
        RecordTable table;
        try
        {
            table = CsvRecordReader.Read(new MemoryStream(bytes, writable: false), fileName, "id", ",", lines);
        }
        catch (LinkageInputException e)
        {
            throw new ListImportException([e.Message]);
        }

        var rows = ReadRows(table, lines, fileName, options, side, parties);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"read {rows.Count:N0} rows from {fileName}"));

        await using var context = database.CreateContext(actor.Name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var earlier = await context.Sources.AsNoTracking().Where(s => s.ContentSha256 == hash).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            throw new ListImportException([$"{fileName}: this file was imported before, as the source \"{earlier}\"; importing it again would count its people twice."]);
        }

        var now = clock.GetUtcNow();
        var source = new Source(Guid.Empty, new SourceDetails(
            SourceKind.List,
            options.SourceTitle,
            RetrievedAt: now,
            Reliability: options.Reliability,
            Notes: string.Create(CultureInfo.InvariantCulture, $"Imported from {fileName} ({rows.Count:N0} rows) by {actor.Name}.")));
        source.RecordArchivedContent(bytes);
        context.Sources.Add(source);

        progress?.Report("linking the list to the registry…");
        var registry = await RegistryRecords.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        var candidates = FindCandidates(table, registry, rows, options, cancellationToken, out var comparedPairs);

        var engine = $"linkage engine (import by {actor.Name})";
        var linkedIds = new HashSet<Guid>();
        var plans = new List<(ListRow Row, ListEntry Entry, IReadOnlyList<Candidate> Candidates, MatchOrigin Origin)>();
        foreach (var row in rows)
        {
            var entry = new ListEntry(
                Guid.Empty, source.Id, row.Line, row.RecordId, row.GivenName, row.FamilyName, row.Patronymic, row.BirthDate, row.BirthPlace,
                row.Fate, row.AsOf, options.Credibility, options.Invented, row.Side);
            context.ListEntries.Add(entry);
            var found = candidates.GetValueOrDefault(row.Index) ?? [];
            var origin = found.Count == 0 ? MatchOrigin.NewPerson
                : found.Count == 1 && options.LinkAt < 1 && found[0].Probability >= options.LinkAt && !found[0].HasCautions ? MatchOrigin.Linked
                : MatchOrigin.ForReview;
            if (origin == MatchOrigin.Linked)
            {
                linkedIds.Add(found[0].PersonId);
            }

            plans.Add((row, entry, found, origin));
        }

        var linkedPeople = await LoadTrackedAsync(context, linkedIds, cancellationToken).ConfigureAwait(false);
        int linked = 0, forReview = 0, newPeople = 0, assertions = 0;
        var problems = new List<string>();
        foreach (var (row, entry, found, origin) in plans)
        {
            try
            {
                switch (origin)
                {
                    case MatchOrigin.Linked:
                    {
                        var person = linkedPeople[found[0].PersonId];
                        var assertion = EntryFates.Record(person, entry, actor.Name, now);
                        var match = new ListMatch(Guid.Empty, entry.Id, person.Id, origin, found[0].Probability, found[0].Weight, found[0].Explanation);
                        match.Judge(MatchDecision.Same, engine, now, string.Create(CultureInfo.InvariantCulture, $"match probability {found[0].Probability:0.0000} ≥ {options.LinkAt} and no other person at {options.ReviewFrom} or more"), assertion?.Id);
                        context.ListMatches.Add(match);
                        assertions += assertion is null ? 0 : 1;
                        linked++;
                        break;
                    }

                    case MatchOrigin.ForReview:
                        foreach (var candidate in found)
                        {
                            context.ListMatches.Add(new ListMatch(Guid.Empty, entry.Id, candidate.PersonId, origin, candidate.Probability, candidate.Weight, candidate.Explanation));
                        }

                        forReview++;
                        break;

                    default:
                    {
                        var person = EntryPeople.Register(entry, row.Side);
                        var assertion = EntryFates.Record(person, entry, actor.Name, now);
                        context.People.Add(person);
                        var match = new ListMatch(Guid.Empty, entry.Id, person.Id, origin, 1, 0, null);
                        match.Judge(MatchDecision.Same, engine, now, $"no one in the registry matched at {options.ReviewFrom.ToString(CultureInfo.InvariantCulture)} or more; registered as a new person", assertion?.Id);
                        context.ListMatches.Add(match);
                        assertions += assertion is null ? 0 : 1;
                        newPeople++;
                        break;
                    }
                }
            }
            catch (DomainRuleException e)
            {
                // The registry refuses what the row says (a capture dated before the birth): the
                // list needs correcting, so nothing is saved and the line is named.
                if (problems.Count < MaxProblemsReported)
                {
                    problems.Add($"{fileName}, line {row.Line}: {e.Message}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ListImportException(problems);
        }

        progress?.Report("saving…");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ListImportReport(source.Id, rows.Count, linked, forReview, newPeople, assertions, comparedPairs, stopwatch.Elapsed.TotalSeconds);
    }

    private static FieldErrors CheckOptions(ListImportOptions options)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(options.SourceTitle))
        {
            errors.Add("source", "Give the list a title as a source, e.g. \"ICRC list of confirmed captives, 2021-01-12\".");
        }
        else if (options.SourceTitle.Length > 300)
        {
            errors.Add("source", "The title is longer than 300 characters.");
        }

        if (!(options.ReviewFrom > 0 && options.ReviewFrom <= options.LinkAt && options.LinkAt <= 1))
        {
            errors.Add("linkAt", string.Create(CultureInfo.InvariantCulture, $"Probabilities must satisfy 0 < review-from ({options.ReviewFrom}) ≤ link-at ({options.LinkAt}) ≤ 1 (1: every match is reviewed)."));
        }

        if (options.Fate is not null && !Enum.IsDefined(options.Fate.Value))
        {
            errors.Add("fate", $"{(int)options.Fate.Value} is not a fate status.");
        }

        if (!Enum.IsDefined(options.Reliability))
        {
            errors.Add("reliability", "Reliability is a grade from A (completely reliable) to F (cannot be judged).");
        }

        if (!Enum.IsDefined(options.Credibility))
        {
            errors.Add("credibility", "Credibility is a grade from 1 (confirmed) to 6 (cannot be judged).");
        }

        return errors;
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ListImportException([string.Create(CultureInfo.InvariantCulture, $"{fileName}: the list is larger than {MaxBytes / (1024 * 1024)} MiB; split it into parts")]);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static List<ListRow> ReadRows(RecordTable table, List<int> lines, string fileName, ListImportOptions options, string? listSide, PartyList parties)
    {
        var problems = new List<string>();
        void Problem(int line, string column, string reason)
        {
            if (problems.Count < MaxProblemsReported)
            {
                problems.Add(line > 0 ? $"{fileName}, line {line}, {column}: {reason}" : $"{fileName}, {column}: {reason}");
            }
        }

        foreach (var column in table.Columns.Where(c => !KnownColumns.Contains(c, StringComparer.Ordinal)))
        {
            Problem(1, column, $"unknown column; a list's columns are {string.Join(", ", KnownColumns)}");
        }

        if (table.IndexOf("given_name") < 0 && table.IndexOf("family_name") < 0)
        {
            Problem(1, "header", "the list needs a given_name or a family_name column");
        }

        if (problems.Count > 0)
        {
            throw new ListImportException(problems);
        }

        if (table.Count == 0)
        {
            throw new ListImportException([$"{fileName}: the list has a header but no rows"]);
        }

        string? Value(string?[] row, string column) => table.IndexOf(column) is var i and >= 0 ? TextOrNull(row[i]) : null;
        var rows = new List<ListRow>(table.Count);
        for (var index = 0; index < table.Count; index++)
        {
            var values = table.Rows[index];
            var line = index < lines.Count ? lines[index] : index + 2;
            if (table.Ids[index].Length > MaxFieldLength)
            {
                Problem(line, "id", $"longer than {MaxFieldLength} characters");
            }

            var given = Value(values, "given_name");
            var family = Value(values, "family_name");
            if (given is null && family is null)
            {
                Problem(line, "family_name", "the row has neither a given nor a family name");
            }

            foreach (var column in new[] { "given_name", "family_name", "patronymic", "birth_place" })
            {
                if (Value(values, column) is { Length: > MaxFieldLength })
                {
                    Problem(line, column, $"longer than {MaxFieldLength} characters");
                }
            }

            var birthDate = Value(values, "birth_date");
            if (birthDate is not null && EntryPeople.ParseDate(birthDate) is null)
            {
                Problem(line, "birth_date", $"'{birthDate}' is not a date: write YYYY, YYYY-MM-DD or DD.MM.YYYY");
            }

            var fate = options.Fate;
            if (Value(values, "fate") is { } fateText)
            {
                if (Enum.TryParse<FateStatus>(fateText.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
                    && Enum.IsDefined(parsed) && !fateText.All(char.IsDigit))
                {
                    fate = parsed;
                }
                else
                {
                    Problem(line, "fate", $"'{fateText}' is not a fate; use one of {string.Join(", ", Enum.GetNames<FateStatus>())}");
                }
            }

            var asOf = options.AsOf;
            if (Value(values, "fate_date") is { } dateText)
            {
                asOf = EntryPeople.ParseDate(dateText);
                if (asOf is null)
                {
                    Problem(line, "fate_date", $"'{dateText}' is not a date: write YYYY, YYYY-MM-DD or DD.MM.YYYY");
                }
            }
            else if (fate is not null && asOf is null)
            {
                Problem(line, "fate_date", "the row states a fate but not when: add a fate_date column or give the list's date (--as-of)");
            }

            // A side column speaks for its row; --side for the rows that leave it blank.
            var rowSide = listSide;
            if (Value(values, "side") is { } sideText)
            {
                rowSide = string.Equals(sideText, "unknown", StringComparison.OrdinalIgnoreCase) ? null
                    : Party.IsSlug(sideText) && parties.Find(Party.NormalizeSlug(sideText)) is { } party ? party.Slug
                    : null;
                if (rowSide is null && !string.Equals(sideText, "unknown", StringComparison.OrdinalIgnoreCase))
                {
                    Problem(line, "side", $"'{sideText}' is not a party of this registry; use one of: {parties.Slugs}");
                }
            }

            rows.Add(new ListRow(index, line, table.Ids[index], given, family, Value(values, "patronymic"), birthDate, Value(values, "birth_place"), fate, asOf, rowSide));
        }

        if (problems.Count > 0)
        {
            throw new ListImportException(problems);
        }

        return rows;
    }

    // The candidates of each list row: registry people above the review threshold, likeliest first.
    private static Dictionary<int, IReadOnlyList<Candidate>> FindCandidates(
        RecordTable list, RegistryRecords registry, List<ListRow> rows, ListImportOptions options, CancellationToken cancellationToken, out long comparedPairs)
    {
        comparedPairs = 0;
        if (registry.Table.Count == 0)
        {
            return [];
        }

        var columns = RegistryRecords.Columns.Where(c => list.IndexOf(c) >= 0).ToList();
        var settings = LinkageSettings.ForPersonLists(columns) with { Threshold = options.ReviewFrom };
        var result = new Linker(settings).Link(list, registry.Table, cancellationToken: cancellationToken);
        comparedPairs = result.CandidatePairs;

        var byRow = new Dictionary<int, IReadOnlyList<Candidate>>();
        foreach (var group in result.Matches.GroupBy(m => m.Left))
        {
            byRow[group.Key] = group
                .GroupBy(m => registry.PersonOfRow[m.Right])
                .Select(forms => forms.MaxBy(m => m.Probability))
                .OrderByDescending(m => m.Probability)
                .Take(MaxCandidatesPerRow)
                .Select(m =>
                {
                    var personId = registry.PersonOfRow[m.Right];
                    var row = rows[m.Left];
                    var facts = registry.Facts[personId];
                    var cautions = LinkCautions.Between(row.Side, row.BirthDate, facts.Side, facts.BirthDate);
                    return new Candidate(personId, Math.Clamp(m.Probability, 0, 1), m.Weight, Explain(result.Explain(m.Left, m.Right), cautions), cautions.Count > 0);
                })
                .ToList();
        }

        return byRow;
    }

    // The engine's explanation, with what the row contradicts beside it for the reviewer.
    private static string Explain(object explanation, IReadOnlyList<LinkCaution> cautions)
    {
        var json = JsonSerializer.SerializeToNode(explanation, ExplanationJson)!.AsObject();
        if (cautions.Count > 0)
        {
            json["cautions"] = JsonSerializer.SerializeToNode(cautions, ExplanationJson);
        }

        return json.ToJsonString(ExplanationJson);
    }

    private static async Task<Dictionary<Guid, Person>> LoadTrackedAsync(WhereaboutsDbContext context, HashSet<Guid> ids, CancellationToken cancellationToken)
    {
        var people = new Dictionary<Guid, Person>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var person in await context.People.AsSplitQuery().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                people[person.Id] = person;
            }
        }

        return people;
    }

    private static string? TextOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record ListRow(
        int Index, int Line, string RecordId, string? GivenName, string? FamilyName, string? Patronymic, string? BirthDate, string? BirthPlace, FateStatus? Fate, PartialDate? AsOf, string? Side);

    private sealed record Candidate(Guid PersonId, double Probability, double Weight, string Explanation, bool HasCautions);
}
