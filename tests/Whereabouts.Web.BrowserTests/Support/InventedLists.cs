using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing.Lists;

namespace Whereabouts.Web.BrowserTests.Support;

/// <summary>
/// Fills the review queue of a test server: imports an invented list whose rows are demo people
/// written the way another list would write them ("-ian" for "-yan", the birth date as
/// DD.MM.YYYY), with a link threshold so high that every likely match waits for a reviewer.
/// </summary>
internal static class InventedLists
{
    /// <summary>Imports a list of <paramref name="count"/> repatriated demo people; returns each person with the match of their row.</summary>
    public static async Task<IReadOnlyList<QueuedPerson>> ImportAsync(IServiceProvider services, int count, string title)
    {
        ArgumentNullException.ThrowIfNull(services);
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = services.GetRequiredService<WhereaboutsDatabase>();
        var (people, csv) = await WriteAsync(services, count);
        var importer = new ListImporter(database, new FixedActor("browser-tests"), TimeProvider.System);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = await importer.ImportAsync(
            content,
            "invented-list.csv",
            new ListImportOptions(title, Reliability.C, Credibility: Credibility.PossiblyTrue, Side: "armenian", LinkAt: 0.9999999, Invented: true),
            cancellationToken: cancellationToken);

        await using var read = database.CreateContext();
        var matches = await (
                from m in read.ListMatches.AsNoTracking()
                join e in read.ListEntries on m.EntryId equals e.Id
                where e.SourceId == report.SourceId && m.Decision == MatchDecision.Pending
                select new { m.Id, m.PersonId })
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new QueuedPerson(p, ListedName(p), matches.Single(m => m.PersonId == p.Id).Id))];
    }

    /// <summary>
    /// <paramref name="count"/> repatriated demo people and an invented list of them as CSV, each
    /// respelled ("-ian" for "-yan") with the birth date as DD.MM.YYYY; the family-name column's
    /// header is <paramref name="familyHeader"/>.
    /// </summary>
    public static async Task<(IReadOnlyList<Person> People, string Csv)> WriteAsync(IServiceProvider services, int count, string familyHeader = "family_name")
    {
        var (people, rows) = await RowsAsync(services, count, familyHeader);
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(cell => cell is DateOnly day ? day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : Convert.ToString(cell, CultureInfo.InvariantCulture))).Append('\n');
        }

        return (people, csv.ToString());
    }

    /// <summary>The same list as an Excel workbook, with a merged title row above its header (the header is on row 2).</summary>
    public static async Task<(IReadOnlyList<Person> People, byte[] Workbook)> WriteWorkbookAsync(IServiceProvider services, int count, string familyHeader = "family_name")
    {
        var (people, rows) = await RowsAsync(services, count, familyHeader);
        var book = new XlsxWriter();
        var sheet = book.Sheet("Invented list");
        sheet.Row(1, "INVENTED list of people, for tests");
        sheet.Merge("A1:F1");
        foreach (var (row, line) in rows.Select((r, i) => (r, i + 2)))
        {
            sheet.Row(line, row);
        }

        return (people, book.ToBytes());
    }

    // The header, then a row per person; birth dates as dates.
    private static async Task<(IReadOnlyList<Person> People, List<object[]> Rows)> RowsAsync(IServiceProvider services, int count, string familyHeader)
    {
        ArgumentNullException.ThrowIfNull(services);
        var database = services.GetRequiredService<WhereaboutsDatabase>();
        List<Person> people;
        await using (var context = database.CreateContext())
        {
            var all = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
            people = [.. all
                .Where(p => p.IsInvented && p.Fate.Status == FateStatus.Repatriated && !p.Fate.IsContested && p.BirthDate is { Precision: DatePrecision.Day })
                .Where(p => p.Names.Any(IsRespellable))
                .OrderBy(p => p.Id)
                .Take(count)];
        }

        var rows = new List<object[]> { new object[] { "id", "given_name", familyHeader, "birth_date", "fate", "fate_date" } };
        foreach (var (person, line) in people.Select((p, i) => (p, i + 1)))
        {
            var name = person.Names.First(IsRespellable);
            rows.Add([$"INVENTED-{line}", name.GivenName!, $"{name.FamilyName![..^3]}ian", person.BirthDate!.Earliest, "Repatriated", "2020-12-14"]);
        }

        return (people, rows);
    }

    /// <summary>How the invented list writes <paramref name="person"/>'s name.</summary>
    public static string ListedName(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var name = person.Names.First(IsRespellable);
        return $"{name.GivenName} {name.FamilyName![..^3]}ian";
    }

    /// <summary>
    /// Imports two versions of an invented list of three captives (family names "Invented-…"); the
    /// second drops one of them, so a departure waits. Returns both lists and the gone person.
    /// </summary>
    public static async Task<(Guid First, Guid Second, Guid GonePersonId)> ImportVersionsAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = services.GetRequiredService<WhereaboutsDatabase>();
        var importer = new ListImporter(database, new FixedActor("browser-tests"), TimeProvider.System);
        const string header = "id,given_name,family_name,birth_date,fate,fate_date\n";
        const string kept = "r1,Zorakhan,Invented-Qwertyanyan,1990-05-01,CaptureConfirmed,2021-01-12\nr2,Vrezhik,Invented-Qwertyanyan,1988-03-14,CaptureConfirmed,2021-01-12\n";
        async Task<Guid> ImportAsync(string csv, string title, Guid? supersedes)
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var report = await importer.ImportAsync(content, "invented-versions.csv", new ListImportOptions(title, Invented: true, Supersedes: supersedes), cancellationToken: cancellationToken);
            return report.SourceId;
        }

        var first = await ImportAsync(header + kept + "r3,Gurgenik,Invented-Qwertyanyan,1995-11-30,CaptureConfirmed,2021-01-12\n", "INVENTED captives, January", null);
        var second = await ImportAsync(header + kept + "r4,Artavazdik,Invented-Qwertyanyan,1999-07-07,CaptureConfirmed,2021-02-12\n", "INVENTED captives, February", first);
        await using var read = database.CreateContext();
        var gone = await (
                from e in read.ListEntries.AsNoTracking()
                where e.SourceId == first && e.RecordId == "r3"
                join m in read.ListMatches on e.Id equals m.EntryId
                where m.Decision == MatchDecision.Same
                select m.PersonId)
            .SingleAsync(cancellationToken);
        return (first, second, gone);
    }

    private static bool IsRespellable(PersonName name) =>
        name.Script == NameScript.Latin && name.GivenName is not null && name.FamilyName?.EndsWith("yan", StringComparison.Ordinal) == true;
}

/// <summary>A demo person, the name the invented list gave them, and the match waiting for review.</summary>
internal sealed record QueuedPerson(Person Person, string ListedName, Guid MatchId);
