using Microsoft.EntityFrameworkCore;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests;

public sealed partial class ImportCommandTests : IDisposable
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
    public async Task Import_ListOfStrangersWithAFate_RegistersThemAndPrintsWhatItDid()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("captives.csv", "id,given_name,family_name,birth_date\nc1,Zorakhan,Qwertyanyan,1990\nc2,Vrezhik,Plotnikyanyan,12.03.1995\n");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented captives list", "--fate", "CaptureConfirmed", "--as-of", "2021-01-12", "--invented", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("imported 2 rows as the source \"Invented captives list\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("registered as new people:   2", run.Output, StringComparison.Ordinal);
        Assert.Contains("fate assertions recorded:   2", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        var source = await context.Sources.SingleAsync(s => s.Title == "Invented captives list", Cancel);
        Assert.Equal(SourceKind.List, source.Kind);
        Assert.Equal(2, await context.ListEntries.CountAsync(e => e.SourceId == source.Id, Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(ListEntry) && e.Actor == "cli:" + Environment.UserName, Cancel));
    }

    [Fact]
    public async Task Import_RealListIntoADemoRegistry_IsRefusedUnlessAllowed()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("real.csv", "id,given_name,family_name\nr1,Zorakhan,Invented-Realyanyan\n");

        var refused = await CliRun.RunAsync("import", list, "--source", "A list said to be real", "--db", DbFile);
        var allowed = await CliRun.RunAsync("import", list, "--source", "A list said to be real", "--allow-demo-data", "--db", DbFile);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--allow-demo-data", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
    }

    [Fact]
    public async Task Import_BadRow_ExitsWithTheLineAndImportsNothing()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("bad.csv", "id,given_name,family_name,birth_date\nc1,Zorakhan,Qwertyanyan,1990\nc2,Vrezhik,Plotnikyanyan,1995-13-01\n");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented bad list", "--invented", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was imported", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: bad.csv, line 3, column \"birth_date\":", run.Error, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.False(await context.Sources.AnyAsync(s => s.Title == "Invented bad list", Cancel));
        Assert.Equal(0, await context.ListEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task Import_Preview_PrintsTheLayoutAndFirstRowsAndWritesNothing()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("preview.csv", "id,given_name,family_name,birth_date,remark\nc1,Zorakhan,Qwertyanyan,1990,INVENTED remark\n");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented previewed list", "--preview", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("header on line 1; 1 rows below it", run.Output, StringComparison.Ordinal);
        Assert.Contains("→ FamilyName", run.Output, StringComparison.Ordinal);
        Assert.Contains("remark: INVENTED remark", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written (preview).", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.False(await context.Sources.AnyAsync(s => s.Title == "Invented previewed list", Cancel));
    }

    [Fact]
    public async Task Import_PreviewOfNamesWithControlDirectionAndInvisibleCharacters_ShowsEachWithItsPlaceAsTheDryRunDoes()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("names.csv", "id,given_name,family_name\nc1,Invented,Per\u200Bson\nc2,Zorakhan,Qwerty\u001Byan\nc3,Invented \u202EAni,Qwertyanyan\n");

        var preview = await CliRun.RunAsync("import", list, "--source", "Invented list of hidden characters", "--preview", "--db", DbFile);
        var dryRun = await CliRun.RunAsync("import", list, "--source", "Invented list of hidden characters", "--dry-run", "--db", DbFile);

        Assert.Equal(0, preview.ExitCode);
        foreach (var problem in new[]
        {
            "names.csv, line 2, column \"family_name\": the name holds a zero-width character (U+200B)",
            "names.csv, line 3, column \"family_name\": the name holds a control character (U+001B)",
            "names.csv, line 4, column \"given_name\": the name holds a direction control character (U+202E)",
        })
        {
            Assert.Contains("problem: " + problem, preview.Output, StringComparison.Ordinal);
            Assert.Contains("error: " + problem, dryRun.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_DryRun_PrintsWhatWouldHappenAndWritesNothing()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("dry.csv", "id,given_name,family_name,birth_date\nc1,Zorakhan,Qwertyanyan,1990\n");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented dry list", "--dry-run", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run of dry.csv: nothing was written", run.Output, StringComparison.Ordinal);
        Assert.Contains("would be new people:        1", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.False(await context.Sources.AnyAsync(s => s.Title == "Invented dry list", Cancel));
    }

    [Fact]
    public async Task Import_MappingFile_ReadsTheColumnsItNames()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var list = await WriteAsync("mapped.csv", "id,nom,prenom\nc1,Qwertyanyan,Zorakhan\n");
        var map = await WriteAsync("mapping.json", """{"columns": {"nom": "FamilyName", "prenom": "GivenName"}}""");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented mapped list", "--map", map, "--invented", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        var entry = await context.ListEntries.SingleAsync(e => e.RecordId == "c1", Cancel);
        Assert.Equal(("Zorakhan", "Qwertyanyan"), (entry.GivenName, entry.FamilyName));
    }

    [Fact]
    public async Task Import_BadMappingFile_SaysWhatIsWrong()
    {
        Directory.CreateDirectory(_folder);
        var list = await WriteAsync("mapped.csv", "id,nom,prenom\nc1,Qwertyanyan,Zorakhan\n");
        var map = await WriteAsync("mapping.json", """{"columns": {"B": "Surname"}}""");

        var run = await CliRun.RunAsync("import", list, "--source", "Invented mapped list", "--map", map, "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--map: mapping.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutSource_IsRefusedByTheParser()
    {
        var run = await CliRun.RunAsync("import", "whatever.csv", "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--source", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text, Cancel);
        return path;
    }
}
