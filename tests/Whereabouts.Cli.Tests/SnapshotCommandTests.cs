using Microsoft.EntityFrameworkCore;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests;

/// <summary><c>whereabouts export json|csv</c> and <c>whereabouts snapshot import</c> on SQLite files.</summary>
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public SnapshotCommandTests() => Directory.CreateDirectory(_folder);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExportJsonThenSnapshotImport_IntoANewRegistry_ExportsTheSameDocument()
    {
        var original = await DemoAsync();
        var first = Path.Combine(_folder, "first.json");
        var second = Path.Combine(_folder, "second.json");

        var export = await CliRun.RunAsync("export", "json", "--out", first, "--db", original);
        var import = await CliRun.RunAsync("snapshot", "import", first, "--db", Db("copy.db"));
        await CliRun.RunAsync("export", "json", "--out", second, "--db", Db("copy.db"));

        Assert.Equal(0, export.ExitCode);
        Assert.Matches(@"^Exported \d+ parties, \d+ sources, .*\d+ people, .* to .*first\.json\.", export.Error);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("first.json: imported.", import.Output, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(first, Cancel), await File.ReadAllTextAsync(second, Cancel));
    }

    [Fact]
    public async Task ExportJson_WithoutOut_WritesTheDocumentToStandardOutput()
    {
        var original = await DemoAsync();

        var run = await CliRun.RunAsync("export", "json", "--db", original);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"whereabouts-snapshot\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("standard output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsvThenSnapshotImport_FolderAndZip_ImportTheSameRegistryAndTheSecondTimeNothing()
    {
        var original = await DemoAsync();
        var folder = Path.Combine(_folder, "csv");
        var zip = Path.Combine(_folder, "registry.zip");

        Assert.Equal(0, (await CliRun.RunAsync("export", "csv", "--out", folder, "--db", original)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("export", "csv", "--out", zip, "--db", original)).ExitCode);
        var fromFolder = await CliRun.RunAsync("snapshot", "import", folder, "--db", Db("copy.db"));
        var fromZip = await CliRun.RunAsync("snapshot", "import", zip, "--db", Db("copy.db"));

        Assert.True(File.Exists(Path.Combine(folder, "people.csv")));
        Assert.Equal(0, fromFolder.ExitCode);
        Assert.Equal(0, fromZip.ExitCode);
        Assert.Contains("nothing new; nothing changed.", fromZip.Output, StringComparison.Ordinal);
        Assert.Matches(@"people:\s+0 added, \d+ already present", fromZip.Output);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db("copy.db"))).CreateContext();
        Assert.True(await context.People.AnyAsync(Cancel));
        Assert.Equal(["cli:" + Environment.UserName], await context.AuditEntries.Select(e => e.Actor).Distinct().ToListAsync(Cancel));
    }

    [Fact]
    public async Task SnapshotImport_BadValue_PrintsFileLineFieldAndExitsOneWithNothingImported()
    {
        var original = await DemoAsync();
        var folder = Path.Combine(_folder, "csv");
        await CliRun.RunAsync("export", "csv", "--out", folder, "--db", original);
        var people = Path.Combine(folder, "people.csv");
        var lines = await File.ReadAllLinesAsync(people, Cancel);
        var fields = lines[1].Split(',');
        fields[2] = "Femme";
        lines[1] = string.Join(',', fields);
        await File.WriteAllLinesAsync(people, lines, Cancel);

        var run = await CliRun.RunAsync("snapshot", "import", folder, "--db", Db("copy.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("people.csv:2: sex: 'Femme' is not one of ", run.Error, StringComparison.Ordinal);
        Assert.Contains("refused, nothing imported (1 problems).", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db("copy.db"))).CreateContext();
        Assert.False(await context.People.AnyAsync(Cancel));
    }

    [Fact]
    public async Task SnapshotImport_NoSuchPath_ExitsOne()
    {
        var run = await CliRun.RunAsync("snapshot", "import", Path.Combine(_folder, "missing.json"), "--db", Db("copy.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> DemoAsync()
    {
        var db = Db("demo.db");
        var run = await CliRun.RunAsync("demo", "--db", db);
        Assert.Equal(0, run.ExitCode);
        return db;
    }

    private string Db(string name) => Path.Combine(_folder, name);
}
