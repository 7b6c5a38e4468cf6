using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Demo;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests;

/// <summary><c>whereabouts person retract</c> on a SQLite file with the (invented) demo data.</summary>
public sealed class PersonCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public PersonCommandTests() => Directory.CreateDirectory(_folder);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Db => Path.Combine(_folder, "demo.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Retract_OneSideOfAContest_PrintsTheCurrentFateAndRecordsTheRetractionUnderTheCliActor()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);
        var person = DemoCatalog.Build().People.First(p => p.Fate.IsContested && p.Fate.Conflicts.Count == 1);
        var wrong = person.Fate.Conflicts[0].Second;
        var source = person.FateAssertions[0].Evidence.SourceId;

        var run = await CliRun.RunAsync(
            "person", "retract", "--person", person.Id.ToString(), "--assertion", wrong.Id.ToString(),
            "--reason", "INVENTED: a namesake.", "--source", source.ToString(), "--locator", "row 4", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Retracted. ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(contested)", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db)).CreateContext();
        var retraction = await context.Set<FateRetraction>().SingleAsync(Cancel);
        Assert.Equal((wrong.Id, "INVENTED: a namesake."), (retraction.AssertionId, retraction.Reason));
        Assert.StartsWith("cli:", retraction.RecordedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_WithoutQuoteOrLocator_FailsNamingTheFieldAndRetractsNothing()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);
        var person = DemoCatalog.Build().People.First(p => p.FateAssertions.Count > 0);
        var assertion = person.FateAssertions[0];

        var run = await CliRun.RunAsync(
            "person", "retract", "--person", person.Id.ToString(), "--assertion", assertion.Id.ToString(),
            "--reason", "INVENTED: wrong.", "--source", assertion.Evidence.SourceId.ToString(), "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("quote:", run.Error, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db)).CreateContext();
        Assert.Equal(0, await context.Set<FateRetraction>().CountAsync(Cancel));
    }

    [Fact]
    public async Task Retract_NoSuchPerson_FailsSayingSo()
    {
        var id = Guid.NewGuid();

        var run = await CliRun.RunAsync(
            "person", "retract", "--person", id.ToString(), "--assertion", Guid.NewGuid().ToString(),
            "--reason", "INVENTED: wrong.", "--source", Guid.NewGuid().ToString(), "--locator", "row 1", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"no person in the registry has the id {id}", run.Error, StringComparison.Ordinal);
    }
}
