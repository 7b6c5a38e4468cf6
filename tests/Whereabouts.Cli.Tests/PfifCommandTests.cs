using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Pfif;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Cli.Tests;

public sealed class PfifCommandTests : IDisposable
{
    // INVENTED TEST DATA: none of these people exists; the contact uses a reserved example domain.
    private const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
          <pfif:person>
            <pfif:person_record_id>cli.example.org/person.1</pfif:person_record_id>
            <pfif:author_email>invented.relative@example.org</pfif:author_email>
            <pfif:source_date>2020-12-15T18:30:00Z</pfif:source_date>
            <pfif:full_name>Invented Karapetyan</pfif:full_name>
            <pfif:note>
              <pfif:note_record_id>cli.example.org/note.1</pfif:note_record_id>
              <pfif:author_name>Invented Relative</pfif:author_name>
              <pfif:source_date>2020-12-15T18:30:00Z</pfif:source_date>
              <pfif:status>believed_missing</pfif:status>
              <pfif:text>Invented: no word since the 11th.</pfif:text>
            </pfif:note>
          </pfif:person>
          <pfif:person>
            <pfif:person_record_id>cli.example.org/person.2</pfif:person_record_id>
            <pfif:source_date>2020-12-16T00:00:00Z</pfif:source_date>
            <pfif:full_name>Invented Mammadov</pfif:full_name>
          </pfif:person>
        </pfif:pfif>
        """;

    // Line 3: the person lacks source_date; line 6: its note lacks author_name, and line 9 has a bad e-mail.
    private const string Faulty = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
          <pfif:person>
            <pfif:person_record_id>cli.example.org/person.3</pfif:person_record_id>
            <pfif:full_name>Invented Faulty</pfif:full_name>
            <pfif:note>
              <pfif:note_record_id>cli.example.org/note.3</pfif:note_record_id>
              <pfif:source_date>2020-12-15T18:30:00Z</pfif:source_date>
              <pfif:author_email>not-an-address</pfif:author_email>
              <pfif:status>believed_missing</pfif:status>
              <pfif:text>Invented.</pfif:text>
            </pfif:note>
          </pfif:person>
        </pfif:pfif>
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public PfifCommandTests() => Directory.CreateDirectory(_folder);

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
    public async Task PfifImport_ValidFile_PrintsWhatWasAddedAttributesItAndExitsZero()
    {
        var file = Write("families.xml", Valid);

        var run = await CliRun.RunAsync("pfif", "import", file, "--source", "Invented families' list", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("families.xml: imported as source ", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"Invented families' list\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("persons added:             2 (2 name forms)", run.Output, StringComparison.Ordinal);
        Assert.Contains("fate assertions added:     1", run.Output, StringComparison.Ordinal);
        Assert.Contains("contacts not stored:       1", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(2, await context.People.CountAsync(Cancel));
        var actors = await context.AuditEntries.Select(e => e.Actor).Distinct().ToListAsync(Cancel);
        Assert.Equal(["cli:" + Environment.UserName], actors);
    }

    [Fact]
    public async Task PfifImport_SameFileTwice_SaysAlreadyImported()
    {
        var file = Write("families.xml", Valid);
        await CliRun.RunAsync("pfif", "import", file, "--db", DbFile);

        var again = await CliRun.RunAsync("pfif", "import", file, "--db", DbFile);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already imported as source", again.Output, StringComparison.Ordinal);
        Assert.Contains("nothing changed", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifImport_FaultyFileStrictly_PrintsFileLineFieldAndReasonAndExitsOneWithNothingAdded()
    {
        var file = Write("faulty.xml", Faulty);

        var run = await CliRun.RunAsync("pfif", "import", file, "--strict", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "faulty.xml:3: source_date: required field source_date is missing; the record is kept without it.",
                "faulty.xml:6: author_name: required field author_name is missing; the record is kept without it.",
                "faulty.xml:9: author_email: 'not-an-address' is not an e-mail address (name@domain); the value is ignored.",
            ],
            errors);
        Assert.Contains("faulty.xml: rejected, nothing imported (3 problems).", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(0, await context.People.CountAsync(Cancel));
        Assert.Equal(0, await context.AuditEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task PfifImport_FaultyFileLeniently_ImportsWhatItCanReportsTheRestAndExitsTwo()
    {
        var file = Write("faulty.xml", Faulty);

        var run = await CliRun.RunAsync("pfif", "import", file, "--db", DbFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(3, run.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n').Length);
        Assert.Contains("persons added:             1", run.Output, StringComparison.Ordinal);
        Assert.Contains("fate assertions added:     1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifImport_DocumentWithDtd_IsRefusedWithExitCodeOne()
    {
        var file = Write("attack.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY e \"e\"> ]>\n<x>&e;</x>");

        var run = await CliRun.RunAsync("pfif", "import", file, "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("attack.xml:2: pfif: a DTD (<!DOCTYPE ...>) is not allowed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifImport_MissingFile_FailsWithAnErrorMessage()
    {
        var run = await CliRun.RunAsync("pfif", "import", Path.Combine(_folder, "absent.xml"), "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifExport_AfterDemo_WritesValidPfifWithEveryPersonMarkedInvented()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var output = Path.Combine(_folder, "out.xml");

        var run = await CliRun.RunAsync("pfif", "export", output, "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Exported (\d+) people \(\1 of them invented, marked as such\) and \d+ notes to ", run.Output);
        PfifReadResult read;
        await using (var stream = File.OpenRead(output))
        {
            read = new PfifReader(new PfifReaderOptions { Strict = true }).Read(stream);
        }

        Assert.True(read.Accepted);
        Assert.All(read.Persons, p => Assert.StartsWith(PfifExport.InventedMarker, p.Description, StringComparison.Ordinal));
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public async Task PfifExport_ChosenPersonUnderADomain_WritesOnlyThatPerson()
    {
        await CliRun.RunAsync("pfif", "import", Write("families.xml", Valid), "--db", DbFile);
        var id = PfifRecordIds.PersonId("cli.example.org/person.2", PfifRecordIds.DefaultDomain);
        var output = Path.Combine(_folder, "one.xml");

        var run = await CliRun.RunAsync("pfif", "export", output, "--person", id.ToString(), "--domain", "registry.example.org", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exported 1 people and 0 notes", run.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(output, Cancel);
        Assert.Contains("<pfif:person_record_id>cli.example.org/person.2</pfif:person_record_id>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("person.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifExport_BadDomain_FailsNamingTheOption()
    {
        var run = await CliRun.RunAsync("pfif", "export", Path.Combine(_folder, "out.xml"), "--domain", "a/b", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: --domain: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PfifImportThenExport_PostgreSql_RoundTripsTheRecordIds()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var connection = database.Location.ConnectionString;
        var output = Path.Combine(_folder, "pg.xml");

        var import = await CliRun.RunAsync("pfif", "import", Write("families.xml", Valid), "--db", connection);
        var export = await CliRun.RunAsync("pfif", "export", output, "--db", connection);
        var again = await CliRun.RunAsync("pfif", "import", output, "--db", connection);

        Assert.Equal((0, 0, 0), (import.ExitCode, export.ExitCode, again.ExitCode));
        Assert.Contains("cli.example.org/note.1", await File.ReadAllTextAsync(output, Cancel), StringComparison.Ordinal);
        Assert.Contains("nothing new", again.Output, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
