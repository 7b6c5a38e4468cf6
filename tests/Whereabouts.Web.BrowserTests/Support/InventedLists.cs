using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;

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

        var csv = new StringBuilder("id,given_name,").Append(familyHeader).Append(",birth_date,fate,fate_date\n");
        foreach (var (person, line) in people.Select((p, i) => (p, i + 1)))
        {
            var name = person.Names.First(IsRespellable);
            csv.Append(CultureInfo.InvariantCulture, $"INVENTED-{line},{name.GivenName},{name.FamilyName![..^3]}ian,{person.BirthDate!.Earliest:dd.MM.yyyy},Repatriated,2020-12-14\n");
        }

        return (people, csv.ToString());
    }

    /// <summary>How the invented list writes <paramref name="person"/>'s name.</summary>
    public static string ListedName(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var name = person.Names.First(IsRespellable);
        return $"{name.GivenName} {name.FamilyName![..^3]}ian";
    }

    private static bool IsRespellable(PersonName name) =>
        name.Script == NameScript.Latin && name.GivenName is not null && name.FamilyName?.EndsWith("yan", StringComparison.Ordinal) == true;
}

/// <summary>A demo person, the name the invented list gave them, and the match waiting for review.</summary>
internal sealed record QueuedPerson(Person Person, string ListedName, Guid MatchId);
