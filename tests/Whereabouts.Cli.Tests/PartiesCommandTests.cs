using Microsoft.EntityFrameworkCore;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests;

/// <summary><c>whereabouts parties</c> on a SQLite file with the (invented) demo data.</summary>
public sealed class PartiesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public PartiesCommandTests() => Directory.CreateDirectory(_folder);

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
    public async Task List_DemoRegistry_ShowsBothSidesInUseWithTheirNames()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);

        var run = await CliRun.RunAsync("parties", "list", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        var armenian = Assert.Single(Lines(run.Output), l => l.StartsWith("armenian ", StringComparison.Ordinal));
        Assert.Contains("Armenia", armenian, StringComparison.Ordinal);
        Assert.EndsWith("yes", armenian, StringComparison.Ordinal);
        Assert.Contains(Lines(run.Output), l => l.StartsWith("azerbaijani ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddRenameRemove_ANewParty_IsKeptAndAttributedToTheCli()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);

        var add = await CliRun.RunAsync("parties", "add", "northland", "--name-en", "Northland (invented)", "--name-ru", "Северия (вымышл.)", "--db", Db);
        var rename = await CliRun.RunAsync("parties", "rename", "northland", "--name-en", "Republic of Northland (invented)", "--db", Db);
        var listed = await CliRun.RunAsync("parties", "list", "--db", Db);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.True(rename.ExitCode == 0, rename.Error);
        var line = Assert.Single(Lines(listed.Output), l => l.StartsWith("northland ", StringComparison.Ordinal));
        Assert.Contains("Republic of Northland (invented)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Северия", line, StringComparison.Ordinal);
        Assert.EndsWith("no", line, StringComparison.Ordinal);
        await using (var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db)).CreateContext())
        {
            var entries = await context.AuditEntries.Where(e => e.EntityType == "Party" && e.EntityId == "northland").ToListAsync(Cancel);
            Assert.Equal(2, entries.Count);
            Assert.All(entries, e => Assert.StartsWith("cli:", e.Actor, StringComparison.Ordinal));
        }

        var remove = await CliRun.RunAsync("parties", "remove", "northland", "--db", Db);

        Assert.True(remove.ExitCode == 0, remove.Error);
        Assert.DoesNotContain(Lines((await CliRun.RunAsync("parties", "list", "--db", Db)).Output), l => l.StartsWith("northland ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remove_APartyPeopleBelongTo_FailsSayingWhyAndKeepsIt()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);

        var run = await CliRun.RunAsync("parties", "remove", "armenian", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refer to it", run.Error, StringComparison.Ordinal);
        Assert.Contains(Lines((await CliRun.RunAsync("parties", "list", "--db", Db)).Output), l => l.StartsWith("armenian ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("North Land", "slug")]
    [InlineData("armenian", "already")]
    public async Task Add_ABadOrTakenSlug_FailsNamingTheProblem(string slug, string expected)
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);

        var run = await CliRun.RunAsync("parties", "add", slug, "--name-en", "Invented", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_AnUnknownParty_FailsNamingIt()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);

        var run = await CliRun.RunAsync("parties", "rename", "southland", "--name-en", "Southland", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no party 'southland'", run.Error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
