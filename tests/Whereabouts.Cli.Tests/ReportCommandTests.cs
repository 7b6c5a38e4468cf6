using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Reports;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Domain;

namespace Whereabouts.Cli.Tests;

/// <summary>
/// <c>whereabouts report still-held</c> and <c>report statistics</c> on a SQLite file with the demo
/// data, which follows the events of 2020 and 2021: 44 Armenians returned on 14 December 2020, 32
/// captured in November 2021, ten of them returned on 4 December 2021.
/// </summary>
public sealed class ReportCommandTests(DemoRegistryFile demo) : IClassFixture<DemoRegistryFile>, IDisposable
{
    private static readonly string[] CsvColumns =
    [
        "side", "as_of", "person_id", "display_name", "is_invented", "status", "since", "is_credible", "is_contested",
        "evidence_source_id", "evidence_source_title", "evidence_quote", "evidence_locator", "evidence_credibility",
        "legal_case_ids", "legal_cases", "recorded_on",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task StillHeld_Armenian15December2020_ListsNoneOfThe44ReturnedOnThe14thAndNoOneCapturedIn2021()
    {
        var returned = Returned(2020, 12, 14);
        var capturedIn2021 = demo.Catalog.People
            .Where(p => p.Side == "armenian")
            .Where(p => p.FateAssertions.Where(a => FateTransitions.GroupOf(a.Status) == FateGroup.Captivity).Select(a => a.AsOf.StatedStart.Year).DefaultIfEmpty().Min() == 2021)
            .Select(p => p.Id)
            .ToHashSet();

        var held = PersonIds(await StillHeldJsonAsync("armenian", "2020-12-15"));

        Assert.Equal(44, returned.Count);
        Assert.Equal(32, capturedIn2021.Count);
        Assert.NotEmpty(held);
        Assert.Empty(held.Intersect(returned));
        Assert.Empty(held.Intersect(capturedIn2021));
    }

    [Fact]
    public async Task StillHeld_AroundTheExchangeOf4December2021_TheTenAreListedOnThe1stAndNotOnThe5th()
    {
        var ten = Returned(2021, 12, 4);

        var before = PersonIds(await StillHeldJsonAsync("Armenian", "2021-12-01"));
        var after = PersonIds(await StillHeldJsonAsync("Armenian", "2021-12-05"));

        Assert.Equal(10, ten.Count);
        Assert.Subset(before, ten);
        Assert.Empty(after.Intersect(ten));
    }

    [Fact]
    public async Task StillHeld_Json_IsTheApiDocumentWithOneEntryPerPersonTheQueryLists()
    {
        var expected = await new StillHeldQuery(demo.Database, TimeProvider.System).RunAsync("armenian", new DateOnly(2021, 12, 5), Cancel);

        var report = await StillHeldJsonAsync("armenian", "2021-12-05");

        var people = report.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(["side", "asOf", "count", "people", "exchanges", "recordedOn"], Names(report));
        Assert.Equal("armenian", report.GetProperty("side").GetString());
        Assert.Equal("2021-12-05", report.GetProperty("asOf").GetString());
        Assert.Equal(expected.People.Count, report.GetProperty("count").GetInt32());
        Assert.Equal(expected.People.Select(p => p.Person.Id), people.Select(p => p.GetProperty("personId").GetGuid()));
        Assert.Equal(
            [
                "personId", "displayName", "isInvented", "status", "since", "isCredible", "isContested", "evidenceSourceId",
                "evidenceSourceTitle", "evidenceQuote", "evidenceLocator", "evidenceCredibility", "legalCases",
            ],
            Names(people[0]));
        Assert.Equal(
            expected.People.Select(p => ((string?)p.Person.DisplayName, (string?)p.Status.ToString(), (string?)p.Since.ToString(), (string?)p.Evidence.SourceTitle, p.Evidence.Locator)),
            people.Select(p => (
                p.GetProperty("displayName").GetString(),
                p.GetProperty("status").GetString(),
                p.GetProperty("since").GetString(),
                p.GetProperty("evidenceSourceTitle").GetString(),
                p.GetProperty("evidenceLocator").GetString())));
        var exchanges = report.GetProperty("exchanges").EnumerateArray().ToList();
        Assert.Equal(["2021-12-04", "2020-12-14"], exchanges.Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(["exchangeId", "date", "terms", "total"], Names(exchanges[0]));
        Assert.Equal(["side", "announced", "announcedCount", "named", "unnamed"], Names(exchanges[0].GetProperty("total")));
        Assert.Equal(
            [(10, 10, 0), (44, 44, 0)],
            exchanges.Select(e => e.GetProperty("total")).Select(t => (t.GetProperty("announcedCount").GetInt32(), t.GetProperty("named").GetInt32(), t.GetProperty("unnamed").GetInt32())));
    }

    [Fact]
    public async Task StillHeld_HeldPersonOnTrial_ListsTheTrialAsTheQueryDoes()
    {
        var defendant = DemoIds.For("person/clashes-2021/11");

        var report = await StillHeldJsonAsync("armenian", "2023-01-01");

        var entry = Assert.Single(report.GetProperty("people").EnumerateArray(), p => p.GetProperty("personId").GetGuid() == defendant);
        var trial = Assert.Single(entry.GetProperty("legalCases").EnumerateArray());
        Assert.Equal(["id", "summary"], Names(trial));
        Assert.Contains("DEMO-T-2022-011", trial.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StillHeld_CsvOfAPersonWhoseNameAndSourceAreFormulas_ShowsThemAsText()
    {
        var db = await FormulaRegistry.CreateAsync(_folder);

        var run = await CliRun.RunAsync("report", "still-held", "--side", "armenian", "--as-of", "2020-12-01", "--format", "csv", "--db", db);

        Assert.Equal(0, run.ExitCode);
        var row = Assert.Single(ReadCsv(run.Output, out _));
        Assert.Equal(FormulaRegistry.SourceTitle, row["evidence_source_title"].TrimStart('\''));
        Assert.StartsWith("'", row["evidence_source_title"], StringComparison.Ordinal);
        Assert.Equal("'@SUM(1)", row["evidence_quote"]);
        Assert.Contains("\"'=HYPERLINK(", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StillHeld_Csv_WritesTheHeaderAndOneRowPerPersonInTheQuerysOrder()
    {
        var expected = await new StillHeldQuery(demo.Database, TimeProvider.System).RunAsync("azerbaijani", new DateOnly(2020, 12, 13), Cancel);

        var run = await StillHeldAsync("--side", "azerbaijani", "--as-of", "2020-12-13", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var rows = ReadCsv(run.Output, out var header);
        Assert.Equal(CsvColumns, header);
        Assert.Equal(14, rows.Count);
        Assert.Equal(expected.People.Select(p => p.Person.Id.ToString()), rows.Select(r => r["person_id"]));
        Assert.All(rows, r => Assert.Equal(("azerbaijani", "2020-12-13", "true"), (r["side"], r["as_of"], r["is_invented"])));
        Assert.Equal(expected.People.Select(p => p.Person.DisplayName), rows.Select(r => r["display_name"]));
        Assert.Equal(rows.Count + 2, run.Output.Split("\r\n").Length);
    }

    [Fact]
    public async Task StillHeld_CsvAsRecordedOnADay_SaysTheDayOnEveryRowAndLeavesOutWhatWasRecordedLater()
    {
        // The demo's fates were all recorded on 15 January 2026 (DemoCatalog.RecordedAt).
        var recorded = await StillHeldAsync("--side", "azerbaijani", "--as-of", "2020-12-13", "--recorded-on", "2026-01-15", "--format", "csv");
        var before = await StillHeldAsync("--side", "azerbaijani", "--as-of", "2020-12-13", "--recorded-on", "2026-01-14", "--format", "csv");

        Assert.Equal((0, 0), (recorded.ExitCode, before.ExitCode));
        var rows = ReadCsv(recorded.Output, out var header);
        Assert.Equal(CsvColumns, header);
        Assert.Equal(14, rows.Count);
        Assert.All(rows, r => Assert.Equal(("2020-12-13", "2026-01-15"), (r["as_of"], r["recorded_on"])));
        Assert.Empty(ReadCsv(before.Output, out _));
    }

    [Fact]
    public async Task StillHeld_TableAsRecordedOnADay_HeadingSaysBothDays()
    {
        var run = await StillHeldAsync("--side", "armenian", "--as-of", "2020-12-15", "--recorded-on", "2026-01-14");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "Still held of the armenian side as of 2020-12-15, by when things happened, as recorded on 2026-01-14 (what the registry held by the end of that day, UTC): 0 people.",
            run.Output.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public async Task StillHeld_BadRecordedOn_ExitsOneNamingTheOption()
    {
        var run = await StillHeldAsync("--side", "armenian", "--recorded-on", "18.12.2020");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: --recorded-on: '18.12.2020' is not a day; write it as YYYY-MM-DD (2020-12-15).{Environment.NewLine}", run.Error);
    }

    [Fact]
    public async Task Statistics_RecordedOnBeforeAnythingWasRecorded_HasNoFatesAndSaysTheDay()
    {
        var run = await CliRun.RunAsync("report", "statistics", "--recorded-on", "2026-01-14", "--format", "json", "--db", demo.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        var statistics = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(("2026-01-14", "2026-01-14"), (statistics.GetProperty("asOf").GetString(), statistics.GetProperty("recordedOn").GetString()));
        Assert.Empty(statistics.GetProperty("sides").EnumerateArray());
    }

    [Fact]
    public async Task StillHeld_Table_HeadingSaysSideDayAndCountThenEveryoneThenTheExchanges()
    {
        var expected = await new StillHeldQuery(demo.Database, TimeProvider.System).RunAsync("armenian", new DateOnly(2020, 12, 15), Cancel);

        var run = await StillHeldAsync("--side", "Armenian", "--as-of", "2020-12-15");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Still held of the armenian side as of 2020-12-15, by when things happened: {expected.People.Count} people."),
            lines[0]);
        Assert.Matches(@"^Name\s+Side\s+Fate\s+Since\s+Latest evidence\s+Legal cases$", lines[2]);
        Assert.All(expected.People.Select((p, i) => (p.Person.DisplayName, Line: lines[3 + i])), row => Assert.StartsWith(row.DisplayName + " ", row.Line, StringComparison.Ordinal));
        Assert.Equal(string.Empty, lines[3 + expected.People.Count]);
        Assert.Contains(lines, l => l.StartsWith("Exchanges up to that day", StringComparison.Ordinal));
        Assert.Matches(@"^2020-12-14\s+all for all\s+44\s+44\s+0$", lines.Single(l => l.StartsWith("2020-12-14", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StillHeld_Out_WritesTheFileAndReplacesItOnlyWithForce()
    {
        var file = OutFile("held.csv");

        var first = await StillHeldAsync("--side", "armenian", "--as-of", "2020-12-15", "-f", "csv", "--out", file);
        var written = await File.ReadAllTextAsync(file, Cancel);
        var refused = await StillHeldAsync("--side", "armenian", "--as-of", "2021-12-01", "-f", "csv", "--out", file);
        var kept = await File.ReadAllTextAsync(file, Cancel);
        var forced = await StillHeldAsync("--side", "armenian", "--as-of", "2021-12-01", "-f", "csv", "--out", file, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Empty(first.Output);
        Assert.Equal((await StillHeldAsync("--side", "armenian", "--as-of", "2020-12-15", "-f", "csv")).Output, written);
        Assert.StartsWith("Wrote the still-held list of the armenian side as of 2020-12-15 (", first.Error, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"error: --out: {file} already exists; add --force to replace it.{Environment.NewLine}", refused.Error);
        Assert.Equal(written, kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains(",2021-12-01,", await File.ReadAllTextAsync(file, Cancel), StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task StillHeld_PartyTheRegistryDoesNotHave_ExitsOneNamingTheParties()
    {
        var file = OutFile("held.json");

        var run = await StillHeldAsync("--side", "martian", "--as-of", "2020-12-15", "-f", "json", "--out", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: --side: 'martian' is not a party of this registry; use one of: armenian, azerbaijani.{Environment.NewLine}", run.Error);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("Unknown", "2020-12-15", "--side: 'Unknown' is not a party's slug (lowercase Latin letters, digits and hyphens, such as armenian).")]
    [InlineData("north land", "2020-12-15", "--side: 'north land' is not a party's slug (lowercase Latin letters, digits and hyphens, such as armenian).")]
    [InlineData("armenian", "15.12.2020", "--as-of: '15.12.2020' is not a day; write it as YYYY-MM-DD (2020-12-15).")]
    [InlineData("armenian", "2020-02-30", "--as-of: '2020-02-30' is not a day; write it as YYYY-MM-DD (2020-12-15).")]
    public async Task StillHeld_BadSideOrDay_ExitsOneSayingWhatIsWrongAndCreatesNothing(string side, string asOf, string message)
    {
        var file = OutFile("held.json");
        var database = OutFile("none.db");

        var run = await CliRun.RunAsync("report", "still-held", "--side", side, "--as-of", asOf, "-f", "json", "--out", file, "--db", database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {message}{Environment.NewLine}", run.Error);
        Assert.Empty(run.Output);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task StillHeld_DayInTheFuture_ExitsOneNamingTheDayAndToday()
    {
        var future = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = OutFile("held.csv");

        var run = await StillHeldAsync("--side", "armenian", "--as-of", future, "-f", "csv", "--out", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: --as-of: '{future}' is in the future (today is ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"); give a day up to today as YYYY-MM-DD.{Environment.NewLine}", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task StillHeld_WithoutSide_ExitsOne()
    {
        var run = await StillHeldAsync("--as-of", "2020-12-15");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--side", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_Json_IsTheApiDocumentWithTheQuerysFigures()
    {
        var expected = await new PublicStatisticsQuery(demo.Database).RunAsync(new DateOnly(2020, 12, 15), Cancel);

        var run = await CliRun.RunAsync("report", "statistics", "--as-of", "2020-12-15", "--format", "json", "--db", demo.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        var statistics = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(["threshold", "asOf", "sides", "rows", "total", "recordedOn"], Names(statistics));
        Assert.Equal(5, statistics.GetProperty("threshold").GetInt32());
        Assert.Equal("2020-12-15", statistics.GetProperty("asOf").GetString());
        Assert.Equal(["armenian", "azerbaijani"], statistics.GetProperty("sides").EnumerateArray().Select(s => s.GetString()));
        Assert.NotNull(expected.Total);
        Assert.Equal(expected.Total, statistics.GetProperty("total").GetInt32());
        var rows = statistics.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Rows.Select(r => r.Status.ToString()), rows.Select(r => r.GetProperty("fate").GetString()));
        Assert.All(rows, r => Assert.Equal(["armenian", "azerbaijani"], Names(r.GetProperty("countsBySide"))));
        Assert.Equal(
            expected.Rows.SelectMany(r => r.CountsBySide),
            rows.SelectMany(r => r.GetProperty("countsBySide").EnumerateObject()).Select(c => c.Value.ValueKind == JsonValueKind.Null ? (int?)null : c.Value.GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("countsBySide").EnumerateObject().Any(c => c.Value.ValueKind == JsonValueKind.Null));
        Assert.All(rows.SelectMany(r => r.GetProperty("countsBySide").EnumerateObject()), c => Assert.True(c.Value.ValueKind == JsonValueKind.Null || c.Value.GetInt32() >= 5));
    }

    [Fact]
    public async Task Statistics_Table_ShowsHiddenForSuppressedCountsAndTheTotal()
    {
        var expected = await new PublicStatisticsQuery(demo.Database).RunAsync(null, Cancel);

        var run = await CliRun.RunAsync("report", "statistics", "--db", demo.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.StartsWith("People in the registry by current fate and side.", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^Fate\s+armenian\s+azerbaijani$", lines[2]);
        Assert.Matches(@"^repatriated\s+\d+\s+14$", lines.Single(l => l.StartsWith("repatriated ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("hidden", StringComparison.Ordinal) && !l.StartsWith("People", StringComparison.Ordinal));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"People with a recorded fate: {expected.Total}."), lines);
        Assert.Equal(demo.Catalog.People.Count, expected.Total);
    }

    [Fact]
    public async Task Statistics_BadDay_ExitsOneSayingTheExpectedForm()
    {
        var run = await CliRun.RunAsync("report", "statistics", "--as-of", "2020/12/15", "--db", demo.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: --as-of: '2020/12/15' is not a day; write it as YYYY-MM-DD (2020-12-15).{Environment.NewLine}", run.Error);
    }

    private Task<CliRun> StillHeldAsync(params string[] args) => CliRun.RunAsync(["report", "still-held", .. args, "--db", demo.DatabasePath]);

    private async Task<JsonElement> StillHeldJsonAsync(string side, string asOf)
    {
        var run = await StillHeldAsync("--side", side, "--as-of", asOf, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    // The Armenians an exchange of the demo returned, from the demo catalogue rather than from the registry under test.
    private HashSet<Guid> Returned(int year, int month, int day) =>
        [.. demo.Catalog.Exchanges.Single(e => e.Date == PartialDate.OfDay(year, month, day)).Transfers.Where(t => t.ReceivedBy == "armenian").Select(t => t.PersonId)];

    private static HashSet<Guid> PersonIds(JsonElement report) => [.. report.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid())];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<Dictionary<string, string>> ReadCsv(string text, out string[] header)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in header)
            {
                row[column] = csv.GetField(column)!;
            }

            rows.Add(row);
        }

        return rows;
    }

    private string OutFile(string name)
    {
        Directory.CreateDirectory(_folder);
        return Path.Combine(_folder, name);
    }
}
