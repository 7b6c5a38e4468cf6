using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

/// <summary>
/// Puts possible matches into the review queue: imports an invented list whose rows are demo
/// people written the way another list would write them ("-ian" for "-yan", the birth date as
/// DD.MM.YYYY), with a link threshold so high that every likely match waits for a reviewer.
/// A row may have further candidates (namesakes); each is a match of its own.
/// </summary>
internal static class ReviewLists
{
    /// <summary>The fate the invented list states for everyone on it: what the demo says already, so judging never contradicts the dossier.</summary>
    public const FateStatus ListFate = FateStatus.Repatriated;

    /// <summary>Imports a list of <paramref name="count"/> repatriated demo people not listed before, and returns what went to the queue.</summary>
    public static async Task<ImportedList> ImportAsync(WebApp app, int count, string title)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var people = await PickAsync(app, count, cancellationToken);
        var csv = new StringBuilder("id,given_name,family_name,birth_date,fate,fate_date\n");
        var line = 0;
        foreach (var person in people)
        {
            var name = LatinName(person);
            csv.Append(CultureInfo.InvariantCulture, $"INVENTED-{++line},{name.GivenName},{Respell(name.FamilyName)},{BirthDateOf(person)},{ListFate},2020-12-14\n");
        }

        var report = await ImportCsvAsync(app, csv.ToString(), title);
        await using var context = app.Database.CreateContext();
        var matches = await (
                from m in context.ListMatches.AsNoTracking()
                join e in context.ListEntries on m.EntryId equals e.Id
                where e.SourceId == report.SourceId
                select new QueuedMatch(m.Id, m.PersonId, m.Decision, m.Probability))
            .ToListAsync(cancellationToken);
        return new ImportedList(report, people, matches);
    }

    /// <summary>Imports an invented list as written, with every likely match put to a reviewer.</summary>
    public static async Task<ListImportReport> ImportCsvAsync(WebApp app, string csv, string title)
    {
        var importer = new ListImporter(app.Database, new FixedActor("review-tests"), TimeProvider.System);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await importer.ImportAsync(
            content,
            "invented-review-list.csv",
            // A respelled name with the very birth date can reach 0.9997; only a near-certain match
            // is linked without review, so the tests' rows wait in the queue.
            new ListImportOptions(title, Reliability.C, Credibility: Credibility.PossiblyTrue, Side: "armenian", LinkAt: 0.9999999, Invented: true),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>The match's decision as saved.</summary>
    public static async Task<MatchDecision> DecisionAsync(WebApp app, Guid matchId)
    {
        await using var context = app.Database.CreateContext();
        return await context.ListMatches.Where(m => m.Id == matchId).Select(m => m.Decision).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<Person>> PickAsync(WebApp app, int count, CancellationToken cancellationToken)
    {
        await using var context = app.Database.CreateContext();
        var listed = await context.ListMatches.AsNoTracking().Select(m => m.PersonId).ToListAsync(cancellationToken);
        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken);
        return [.. people
            .Where(p => p.IsInvented && !listed.Contains(p.Id))
            .Where(p => p.Fate.Status == ListFate && !p.Fate.IsContested && p.BirthDate is { Precision: DatePrecision.Day })
            .Where(p => p.Names.Any(IsRespellable))
            .OrderBy(p => p.Id)
            .Take(count)];
    }

    /// <summary>The name the invented list gives <paramref name="person"/>: "Aram Harutyunian" for Aram Harutyunyan.</summary>
    public static string ListedName(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var name = LatinName(person);
        return $"{name.GivenName} {Respell(name.FamilyName)}";
    }

    /// <summary>The date of birth as the invented list writes it: DD.MM.YYYY.</summary>
    public static string BirthDateOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.BirthDate!.Earliest.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    }

    private static PersonName LatinName(Person person) => person.Names.First(IsRespellable);

    private static bool IsRespellable(PersonName name) =>
        name.Script == NameScript.Latin && name.GivenName is not null && name.FamilyName?.EndsWith("yan", StringComparison.Ordinal) == true;

    // Harutyunyan → Harutyunian: how a diaspora list or a Russian transcription often writes it.
    private static string Respell(string? family) =>
        family is not null && family.EndsWith("yan", StringComparison.Ordinal) ? family[..^3] + "ian" : family ?? string.Empty;
}

/// <summary>An imported invented list: the import's report, the demo people it was written from, and the matches it made.</summary>
internal sealed record ImportedList(ListImportReport Report, IReadOnlyList<Person> People, IReadOnlyList<QueuedMatch> Matches)
{
    /// <summary>The matches waiting for a reviewer.</summary>
    public IEnumerable<QueuedMatch> Pending => Matches.Where(m => m.Decision == MatchDecision.Pending);

    /// <summary>The match between <paramref name="person"/>'s row and <paramref name="person"/>.</summary>
    public QueuedMatch Of(Person person) => Matches.Single(m => m.PersonId == person.Id);
}

/// <summary>A match the import made.</summary>
internal sealed record QueuedMatch(Guid MatchId, Guid PersonId, MatchDecision Decision, double Probability);
