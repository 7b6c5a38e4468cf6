using Microsoft.EntityFrameworkCore;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests;

public sealed class DuplicatesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    private string DbFile => Path.Combine(_folder, "registry.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Find_DemoWithAnInventedDuplicate_ProposesItAndPrintsWhatItDid()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var database = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile));
        var hayk = new Person(Guid.NewGuid(), new PersonName("Hayk", "Gevorgyan"), new PersonDetails(Sex.Male, PartialDate.OfYear(2002).Approximately()), isInvented: true);
        var ayk = new Person(Guid.NewGuid(), new PersonName("Айк", "Геворгян"), new PersonDetails(Sex.Male, PartialDate.OfYear(2002)), isInvented: true);
        await using (var context = database.CreateContext())
        {
            context.People.AddRange(hayk, ayk);
            await context.SaveChangesAsync(Cancel);
        }

        var run = await CliRun.RunAsync("duplicates", "find", "--db", DbFile);
        var again = await CliRun.RunAsync("duplicates", "find", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("searched ", run.Output, StringComparison.Ordinal);
        Assert.Contains("pairs compared:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Review them in the web app", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("new pairs for review:        0", again.Output, StringComparison.Ordinal);
        await using var after = database.CreateContext();
        var (first, second) = PersonPair.Order(hayk.Id, ayk.Id);
        var pair = await after.PersonPairs.SingleAsync(p => p.FirstPersonId == first && p.SecondPersonId == second, Cancel);
        Assert.Equal((PairOrigin.DuplicateSearch, MatchDecision.Pending), (pair.Origin, pair.Decision));
        Assert.True(await after.AuditEntries.AnyAsync(e => e.EntityType == nameof(PersonPair) && e.Actor == "cli:" + Environment.UserName, Cancel));
    }
}
