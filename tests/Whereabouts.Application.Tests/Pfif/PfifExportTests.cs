using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Pfif;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Pfif;

/// <summary>PFIF export on a real database, run on SQLite by <see cref="SqlitePfifExportTests"/> and on PostgreSQL by <see cref="PostgresPfifExportTests"/>.</summary>
public abstract class PfifExportTests(DatabaseProvider provider) : IAsyncDisposable
{
    private static readonly DateTimeOffset Recorded = new(2021, 1, 5, 10, 0, 0, TimeSpan.Zero);
    private readonly List<TestDatabase> _databases = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ExportAsync_ImportedDocument_IsValidPfifWithTheOriginalRecordIdsAndNoContacts()
    {
        var db = await NewDatabaseAsync();
        await ImportAsync(db, PfifDocuments.Families);

        var (result, text) = await ExportAsync(db);
        var read = Read(text);

        Assert.Equal(new PfifExportResult(2, 3, 0), result);
        Assert.True(read.Accepted, string.Join("\n", read.Issues));
        Assert.Equal(["families.example.org/person.101", "families.example.org/person.102"], read.Persons.Select(p => p.PersonRecordId).Order(StringComparer.Ordinal));
        var vardges = read.Persons.Single(p => p.PersonRecordId.EndsWith(".101", StringComparison.Ordinal));
        Assert.Equal(["Vardges Tadevosyan"], vardges.FullName);
        Assert.Equal(["Վարդգես Թադևոսյան", "Вардгес Тадевосян"], vardges.AlternateNames);
        Assert.Equal(("Vardges", "Tadevosyan", PfifSex.Male, "2001-03"), (vardges.GivenName, vardges.FamilyName, vardges.Sex, vardges.DateOfBirth));
        Assert.Equal(["families.example.org/note.1001", "families.example.org/note.1002"], vardges.Notes.Select(n => n.NoteRecordId));
        Assert.Equal([PfifNoteStatus.BelievedMissing, PfifNoteStatus.BelievedAlive], vardges.Notes.Select(n => n.Status));
        Assert.StartsWith("missing as of 2020-12-15 (credibility 3 of 6), according to \"PFIF document imported", vardges.Notes[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PfifDocuments.RelativeEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain("555 010", text, StringComparison.Ordinal);
        var elnur = read.Persons.Single(p => p.PersonRecordId.EndsWith(".102", StringComparison.Ordinal));
        Assert.Null(elnur.DateOfBirth);
        Assert.Contains("Born about 2000.", elnur.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_RegistryPerson_UsesTheConfiguredDomainAndTheExactFateInTheText()
    {
        var db = await NewDatabaseAsync();
        var person = await RegisterAsync(db);

        var (_, text) = await ExportAsync(db, new PfifExportOptions("registry.example.org"));
        var exported = Assert.Single(Read(text).Persons);

        Assert.Equal($"registry.example.org/person.{person.Id:D}", exported.PersonRecordId);
        Assert.Equal("Whereabouts registry (registry.example.org)", exported.SourceName);
        var notes = exported.Notes;
        Assert.Equal([PfifNoteStatus.BelievedMissing, null], notes.Select(n => n.Status));
        Assert.Equal(person.FateAssertions.Select(a => $"registry.example.org/note.{a.Id:D}").Order(StringComparer.Ordinal), notes.Select(n => n.NoteRecordId).Order(StringComparer.Ordinal));
        Assert.Equal("Invented ministry", notes[0].AuthorName);
        Assert.Equal(Recorded, notes[0].SourceDate);
        Assert.Contains("capture_confirmed as of 2020-12-13 (credibility 2 of 6), according to \"Invented list\" [row 7].", notes[1].Text, StringComparison.Ordinal);
        Assert.Contains("RETRACTED on 2021-01-06: an invented namesake", notes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_ThenImportIntoTheSameRegistry_AddsNothing()
    {
        var db = await NewDatabaseAsync();
        await RegisterAsync(db);
        await ImportAsync(db, PfifDocuments.Families);
        var (_, text) = await ExportAsync(db);

        var again = await ImportAsync(db, text);

        Assert.Equal(PfifImportOutcome.NothingNew, again.Outcome);
        Assert.Equal((3, 4), (again.PersonsAlreadyPresent, again.NotesAlreadyPresent));
    }

    [Fact]
    public async Task ExportAsync_ThenImportIntoAnotherRegistry_GivesTheSamePeopleAndNames()
    {
        var from = await NewDatabaseAsync();
        var person = await RegisterAsync(from);
        var (_, text) = await ExportAsync(from);
        var to = await NewDatabaseAsync();

        var result = await ImportAsync(to, text);

        Assert.Equal((PfifImportOutcome.Imported, 1, 1), (result.Outcome, result.PersonsAdded, result.AssertionsAdded));
        await using var context = to.NewContext();
        var copy = await context.People.SingleAsync(Cancel);
        Assert.Equal(person.Id, copy.Id);
        Assert.Equal(person.Names.Select(n => n.FullName), copy.Names.Select(n => n.FullName));
        Assert.Equal(PartialDate.OfYear(2001), copy.BirthDate);
    }

    [Fact]
    public async Task ExportAsync_DemoData_MarksEveryInventedPersonAndEveryNoteAsInvented()
    {
        var db = await NewDatabaseAsync();
        await new DemoLoader(db.Database).LoadAsync(Cancel);

        var (result, text) = await ExportAsync(db);
        var read = Read(text);

        Assert.True(read.Accepted, string.Join("\n", read.Issues.Take(5)));
        Assert.True(result.Persons > 100);
        Assert.Equal(result.Persons, result.Invented);
        Assert.All(read.Persons, p => Assert.StartsWith(PfifExport.InventedMarker, p.Description, StringComparison.Ordinal));
        Assert.All(read.Persons, p => Assert.Equal("Whereabouts demo data (invented people)", p.SourceName));
        Assert.All(read.Persons.SelectMany(p => p.Notes), n => Assert.StartsWith("About an invented person (demo data).", n.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAsync_ExcludingInventedOrChosenPeople_WritesOnlyThose()
    {
        var db = await NewDatabaseAsync();
        var real = await RegisterAsync(db);
        await RegisterAsync(db, invented: true);

        var (withoutInvented, _) = await ExportAsync(db, new PfifExportOptions(ExcludeInvented: true));
        var (chosen, text) = await ExportAsync(db, new PfifExportOptions(PersonIds: [real.Id]));

        Assert.Equal((1, 0), (withoutInvented.Persons, withoutInvented.Invented));
        Assert.Equal(1, chosen.Persons);
        Assert.EndsWith(real.Id.ToString("D"), Assert.Single(Read(text).Persons).PersonRecordId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("registry.example.org/sub")]
    [InlineData("my registry")]
    public async Task ExportAsync_UnusableDomain_IsRefused(string domain)
    {
        var db = await NewDatabaseAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => ExportAsync(db, new PfifExportOptions(domain)));
    }

    private async Task<TestDatabase> NewDatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        _databases.Add(database);
        return database;
    }

    private static async Task<Person> RegisterAsync(TestDatabase db, bool invented = false)
    {
        var ministry = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, "Invented statement", Publisher: "Invented ministry"));
        var list = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "Invented list"));
        var person = new Person(Guid.NewGuid(), new PersonName("Aram", "Invented", origin: "family report"), new PersonDetails(Sex.Male, PartialDate.OfYear(2001)), invented);
        person.AddName(new PersonName("Арам", "Инвентед", "Самвелович"));
        person.AssertFate(new FateAssertion(Guid.NewGuid(), FateStatus.Missing, PartialDate.OfDay(2020, 12, 12), new Evidence(ministry.Id, "He is missing.", null, Credibility.ProbablyTrue), "alice", Recorded));
        var captured = new FateAssertion(Guid.NewGuid(), FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 13), new Evidence(list.Id, null, "row 7", Credibility.ProbablyTrue), "alice", Recorded);
        person.AssertFate(captured);
        person.RetractFate(new FateRetraction(Guid.NewGuid(), captured.Id, "an invented namesake", new Evidence(ministry.Id, "Not him.", null, Credibility.Confirmed), "alice", Recorded.AddDays(1)));
        await using var context = db.Database.CreateContext("alice");
        context.AddRange(ministry, list, person);
        await context.SaveChangesAsync(Cancel);
        return person;
    }

    private static async Task<PfifImportResult> ImportAsync(TestDatabase db, string xml)
    {
        using var stream = PfifDocuments.Stream(xml);
        return await new PfifImport(db.Database, new FixedActor("bob"), TimeProvider.System).ImportAsync(stream, cancellationToken: Cancel);
    }

    private static async Task<(PfifExportResult Result, string Text)> ExportAsync(TestDatabase db, PfifExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        var result = await new PfifExport(db.Database, TimeProvider.System).ExportAsync(stream, options, Cancel);
        return (result, Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static PfifReadResult Read(string text)
    {
        using var stream = PfifDocuments.Stream(text);
        return new PfifReader(new PfifReaderOptions { Strict = true }).Read(stream);
    }
}
