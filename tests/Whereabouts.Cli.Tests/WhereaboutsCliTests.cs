using System.Text.Json;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Cli.Tests;

public sealed class WhereaboutsCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    private string DbFile => Path.Combine(_folder, "registry.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task DemoThenExportJson_SqliteFile_PrintsInventedPeopleWithNameFormsInSeveralScriptsAndFates()
    {
        var demo = await CliRun.RunAsync("demo", "--db", DbFile);
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("invented people", demo.Output, StringComparison.Ordinal);

        var export = await CliRun.RunAsync("export", "persons", "--format", "json", "--db", DbFile);

        Assert.Equal(0, export.ExitCode);
        AssertDemoPeople(export.Output);
    }

    [Fact]
    public async Task Demo_RunTwice_SecondRunAddsNothing()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var before = (await CliRun.RunAsync("export", "persons", "--format", "json", "--db", DbFile)).Output;

        var second = await CliRun.RunAsync("demo", "--db", DbFile);
        var after = (await CliRun.RunAsync("export", "persons", "--format", "json", "--db", DbFile)).Output;

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing was added", second.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ExportCsv_AfterDemo_HasTheHeaderAndOneRowPerPerson()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var json = await CliRun.RunAsync("export", "persons", "--format", "json", "--db", DbFile);
        var people = JsonDocument.Parse(json.Output).RootElement.GetArrayLength();
        var outFile = Path.Combine(_folder, "people.csv");

        var csv = await CliRun.RunAsync("export", "persons", "--format", "csv", "--out", outFile, "--db", DbFile);

        Assert.Equal(0, csv.ExitCode);
        var lines = await File.ReadAllLinesAsync(outFile, TestContext.Current.CancellationToken);
        Assert.Equal(
            "id,invented,given_name,family_name,patronymic,names,sex,birth_date,birth_place,side,role,force,rank,unit,service_number,fate,fate_as_of,fate_contested,sources,identity_id",
            lines[0]);
        Assert.Contains($"Exported {people} people", csv.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile + ".partial"));
        Assert.Contains(lines, l => l.Contains('Հ', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportPersonsCsv_NameThatIsAFormula_ComesOutAsText()
    {
        var db = await FormulaRegistry.CreateAsync(_folder);

        var run = await CliRun.RunAsync("export", "persons", "--format", "csv", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(",\"'=1+1\",Invented-Formula,", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_NameThatIsAFormula_ComesOutAsTextAndImportsBackAsWritten()
    {
        var db = await FormulaRegistry.CreateAsync(_folder);
        var zip = Path.Combine(_folder, "snapshot.zip");
        var copy = Path.Combine(_folder, "copy.db");

        var export = await CliRun.RunAsync("export", "csv", "--out", zip, "--db", db);
        var import = await CliRun.RunAsync("snapshot", "import", zip, "--db", copy);
        var exportedAgain = await CliRun.RunAsync("export", "persons", "--format", "json", "--db", copy);

        Assert.Equal((0, 0), (export.ExitCode, import.ExitCode));
        using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
        {
            using var names = new StreamReader(archive.GetEntry("names.csv")!.Open());
            Assert.Contains(",\"'=1+1\",", await names.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var person = Assert.Single(JsonDocument.Parse(exportedAgain.Output).RootElement.EnumerateArray());
        Assert.Equal(FormulaRegistry.GivenName, person.GetProperty("names")[0].GetProperty("given").GetString());
    }

    [Fact]
    public async Task DemoThenExport_PostgreSql_WorksTheSame()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var connection = database.Location.ConnectionString;

        var demo = await CliRun.RunAsync("demo", "--db", connection);
        var export = await CliRun.RunAsync("export", "persons", "--format", "json", "--db", connection);

        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("PostgreSQL database", demo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", demo.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, export.ExitCode);
        AssertDemoPeople(export.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("demo", "--help")]
    [InlineData("export", "--help")]
    [InlineData("export", "persons", "--help")]
    public async Task Help_EveryVerb_PrintsUsageAndTheDbOption(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_IsRefusedNamingTheChoices()
    {
        var run = await CliRun.RunAsync("export", "persons", "--format", "xml", "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
        Assert.Contains("csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_PostgresConnectionStringWithoutDatabase_SaysWhatIsMissing()
    {
        var run = await CliRun.RunAsync("demo", "--db", "Host=127.0.0.1;Username=someone");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--db", run.Error, StringComparison.Ordinal);
        Assert.Contains("must name a Database", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_UnreachablePostgresServer_ReportsTheDatabaseWithoutThePassword()
    {
        var run = await CliRun.RunAsync("demo", "--db", "Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Password=hunter2;Timeout=2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PostgreSQL database nowhere on 127.0.0.1:1", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    private static void AssertDemoPeople(string json)
    {
        var people = JsonDocument.Parse(json).RootElement;
        Assert.InRange(people.GetArrayLength(), 180, 220);
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        var withFate = 0;
        foreach (var person in people.EnumerateArray())
        {
            Assert.True(person.GetProperty("invented").GetBoolean());
            foreach (var name in person.GetProperty("names").EnumerateArray())
            {
                scripts.Add(name.GetProperty("script").GetString()!);
            }

            if (person.GetProperty("fate").ValueKind == JsonValueKind.Object)
            {
                withFate++;
                Assert.NotEmpty(person.GetProperty("sources").EnumerateArray());
            }
        }

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "latin", "cyrillic", "armenian" }, scripts);
        Assert.Equal(people.GetArrayLength(), withFate);
    }
}
