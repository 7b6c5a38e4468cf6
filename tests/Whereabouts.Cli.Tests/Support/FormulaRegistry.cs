using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests.Support;

/// <summary>
/// A SQLite registry holding one invented Armenian soldier, held since November 2020, whose given
/// name and source are spreadsheet formulas (<c>=1+1</c>, <c>=HYPERLINK(...)</c>): what a hostile
/// list or PFIF file could bring in. Every CSV the command line writes must show them as text.
/// </summary>
internal static class FormulaRegistry
{
    public const string GivenName = "=1+1";

    public const string SourceTitle = "=HYPERLINK(\"https://example.org\",\"Invented\")";

    public static async Task<string> CreateAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "formula.db");
        var database = new WhereaboutsDatabase(DatabaseLocation.Sqlite(path));
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await using var context = database.CreateContext("tests");
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.Video, SourceTitle));
        context.Parties.Add(new Party("armenian", new PartyNames("Invented Armenia")));
        var person = new Person(Guid.NewGuid(), new PersonName(GivenName, "Invented-Formula"), new PersonDetails(Side: "armenian", Role: ServiceRole.Soldier), isInvented: true);
        person.AssertFate(new FateAssertion(
            Guid.NewGuid(), FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 11, 1), new Evidence(source.Id, "@SUM(1)", null, Credibility.Confirmed), "tests", DateTimeOffset.UtcNow));
        context.AddRange(source, person);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return path;
    }
}
