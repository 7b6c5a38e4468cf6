using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Pfif;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Pfif;

/// <summary>PFIF import on a real database, run on SQLite by <see cref="SqlitePfifImportTests"/> and on PostgreSQL by <see cref="PostgresPfifImportTests"/>.</summary>
public abstract class PfifImportTests(DatabaseProvider provider) : IAsyncDisposable
{
    private const string Actor = "cli:data-manager";
    private TestDatabase? _db;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    // Created inside the test, so that a PostgreSQL run without a server skips (or fails on CI) as a test.
    private async Task<TestDatabase> DbAsync() => _db ??= await TestDatabase.CreateAsync(provider);

    private async Task<PfifImport> ImporterAsync() => new((await DbAsync()).Database, new FixedActor(Actor), TimeProvider.System);

    [Fact]
    public async Task ImportAsync_ValidDocument_AddsOneSourceThePeopleTheirNamesAndTheirFates()
    {
        var result = await ImportAsync(PfifDocuments.Families, new PfifImportOptions(FileName: "/tmp/families.xml"));

        Assert.Equal(PfifImportOutcome.Imported, result.Outcome);
        Assert.Equal((2, 4, 4, 3, 1), (result.PersonsAdded, result.NameFormsAdded, result.NotesRead, result.AssertionsAdded, result.NotesWithoutFate));
        Assert.Empty(result.Issues);
        Assert.Equal("PFIF file families.xml (Invented families' register)", result.SourceTitle);

        await using var context = (await DbAsync()).NewContext();
        var source = await context.Sources.SingleAsync(Cancel);
        Assert.Equal((result.SourceId, SourceKind.List, Reliability.F), (source.Id, source.Kind, source.Reliability));
        Assert.NotNull(source.ContentSha256);

        var vardges = await context.People.SingleAsync(p => p.Id == PfifRecordIds.PersonId("families.example.org/person.101", PfifRecordIds.DefaultDomain), Cancel);
        Assert.Equal(
            ["Vardges Tadevosyan", "Վարդգես Թադևոսյան", "Вардгес Тадевосян"],
            vardges.Names.Select(n => n.FullName));
        Assert.All(vardges.Names, n => Assert.Equal(("PFIF families.example.org/person.101", source.Id), (n.Origin!, n.SourceId!.Value)));
        Assert.Equal((Sex.Male, PartialDate.OfMonth(2001, 3)), (vardges.Sex, vardges.BirthDate));
        Assert.False(vardges.IsInvented);

        var fates = vardges.FateAssertions.OrderBy(a => a.AsOf).ToList();
        Assert.Equal([FateStatus.Missing, FateStatus.FoundAlive], fates.Select(a => a.Status));
        Assert.Equal([Credibility.PossiblyTrue, Credibility.CannotBeJudged], fates.Select(a => a.Evidence.Credibility));
        Assert.Equal(PartialDate.OfDay(2020, 12, 15), fates[0].AsOf);
        Assert.Equal("No word from him since the invented 11th of December.", fates[0].Evidence.Quote);
        Assert.Equal("PFIF note families.example.org/note.1001", fates[0].Evidence.Locator);
        Assert.Contains("author: Invented Relative One", fates[0].Note, StringComparison.Ordinal);
        Assert.Contains("last known location: an invented hill post", fates[0].Note, StringComparison.Ordinal);
        Assert.All(fates, a => Assert.Equal(Actor, a.RecordedBy));

        // An anonymous "believed alive" is recorded but does not decide the fate.
        Assert.Equal(FateStatus.Missing, vardges.Fate.Status);

        var elnur = await context.People.SingleAsync(p => p.Id == PfifRecordIds.PersonId("families.example.org/person.102", PfifRecordIds.DefaultDomain), Cancel);
        Assert.Equal((null, "Qasımlı", "Elnur"), (elnur.PrimaryName.Patronymic, elnur.PrimaryName.FamilyName, elnur.PrimaryName.GivenName));
        Assert.Equal(PartialDate.OfYear(2000).Approximately(), elnur.BirthDate);
        var death = Assert.Single(elnur.FateAssertions);
        Assert.Equal((FateStatus.Deceased, Credibility.CannotBeJudged), (death.Status, death.Evidence.Credibility));
    }

    [Fact]
    public async Task ImportAsync_ValidDocument_IsAttributedAndStoresNoContactAnywhere()
    {
        var result = await ImportAsync(PfifDocuments.Families);

        Assert.Equal(4, result.ContactsDropped);
        await using var context = (await DbAsync()).NewContext();
        var audit = await context.AuditEntries.ToListAsync(Cancel);
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.Equal(Actor, e.Actor));
        Assert.All(audit, e => Assert.DoesNotContain(PfifDocuments.RelativeEmail, e.Changes, StringComparison.Ordinal));
        Assert.All(audit, e => Assert.DoesNotContain("555 010", e.Changes, StringComparison.Ordinal));
        var source = await context.Sources.SingleAsync(Cancel);
        Assert.Contains("4 e-mail addresses and telephone numbers", source.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SaysAlreadyImportedAndChangesNothing()
    {
        var first = await ImportAsync(PfifDocuments.Families);
        var before = await CountsAsync();

        var second = await ImportAsync(PfifDocuments.Families);

        Assert.Equal(PfifImportOutcome.AlreadyImported, second.Outcome);
        Assert.Equal((first.SourceId, first.SourceTitle), (second.SourceId, second.SourceTitle));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_LaterFileWithKnownAndNewRecords_AddsOnlyTheNewOnes()
    {
        await ImportAsync(PfifDocuments.Families);
        var later = PfifDocuments.Document(
            PfifDocuments.Person("families.example.org/person.101", "Vardges Tadevosyan", PfifDocuments.Note("families.example.org/note.1001", "families.example.org/person.101", "believed_missing"))
            + PfifDocuments.Note("families.example.org/note.2001", "families.example.org/person.101", "believed_dead", text: "A second invented note.")
            + PfifDocuments.Person("families.example.org/person.103", "Invented Newcomer"));

        var result = await ImportAsync(later, new PfifImportOptions(SourceTitle: "Invented second export"));

        Assert.Equal(PfifImportOutcome.Imported, result.Outcome);
        Assert.Equal((1, 1, 1, 1), (result.PersonsAdded, result.PersonsAlreadyPresent, result.AssertionsAdded, result.NotesAlreadyPresent));
        await using var context = (await DbAsync()).NewContext();
        Assert.Equal(3, await context.People.CountAsync(Cancel));
        Assert.Equal(2, await context.Sources.CountAsync(Cancel));
        var vardges = await context.People.SingleAsync(p => p.Id == PfifRecordIds.PersonId("families.example.org/person.101", PfifRecordIds.DefaultDomain), Cancel);
        Assert.Equal(3, vardges.FateAssertions.Count);
        var second = await context.Sources.SingleAsync(s => s.Title == "Invented second export", Cancel);
        Assert.Equal(second.Id, vardges.FateAssertions.Single(a => a.Status == FateStatus.Deceased).Evidence.SourceId);
    }

    [Fact]
    public async Task ImportAsync_OnlyKnownRecords_SaysNothingNewAndAddsNoSource()
    {
        await ImportAsync(PfifDocuments.Families);
        var before = await CountsAsync();
        var again = PfifDocuments.Document(PfifDocuments.Person("families.example.org/person.102", "Elnur Qasımlı"));

        var result = await ImportAsync(again);

        Assert.Equal(PfifImportOutcome.NothingNew, result.Outcome);
        Assert.Equal(1, result.PersonsAlreadyPresent);
        Assert.Null(result.SourceId);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_DocumentWithDtd_IsRejectedAndChangesNeitherPeopleNorTheAuditLog()
    {
        await ImportAsync(PfifDocuments.Families);
        var before = await CountsAsync();
        var attack = """
            <?xml version="1.0"?>
            <!DOCTYPE pfif [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
            <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
            """ + PfifDocuments.Person("attack.example.org/person.1", "&b;") + "</pfif:pfif>";

        var result = await ImportAsync(attack);

        Assert.Equal(PfifImportOutcome.Rejected, result.Outcome);
        Assert.Equal(PfifIssueEffect.DocumentRejected, Assert.Single(result.Issues).Effect);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_DocumentOverTheSizeLimit_IsRejectedWithTheLimit()
    {
        var result = await ImportAsync(PfifDocuments.Families, new PfifImportOptions { MaxDocumentBytes = 1_000 });

        Assert.Equal(PfifImportOutcome.Rejected, result.Outcome);
        Assert.Equal("the document is larger than the limit of 1,000 bytes.", Assert.Single(result.Issues).Message);
        Assert.Equal((0, 0L), await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_NoteAboutAnUnknownPerson_IsSkippedWithItsLineAndTheRestImported()
    {
        var xml = PfifDocuments.Document(
            PfifDocuments.Person("tests.example.org/person.1", "Invented Person")
            + PfifDocuments.Note("tests.example.org/note.1", "tests.example.org/person.404", "believed_missing"));

        var result = await ImportAsync(xml);

        Assert.Equal(PfifImportOutcome.Imported, result.Outcome);
        Assert.Equal((1, 0, 1), (result.PersonsAdded, result.AssertionsAdded, result.RecordsSkipped));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("person_record_id", PfifIssueEffect.RecordSkipped), (issue.Field, issue.Effect));
        Assert.Equal(TextLine(xml, "tests.example.org/note.1") - 1, issue.Line);
        Assert.Contains("neither in this document nor in the registry", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_NoteDatedBeforeBirth_IsReportedAndSkippedLenientlyButRejectsStrictly()
    {
        var xml = PfifDocuments.Document(PfifDocuments.Person(
            "tests.example.org/person.1",
            "Invented Person",
            "<pfif:date_of_birth>2001</pfif:date_of_birth>" + PfifDocuments.Note("tests.example.org/note.1", "tests.example.org/person.1", "believed_missing", date: "1999-01-01T00:00:00Z")));

        var strict = await ImportAsync(xml, new PfifImportOptions(Strict: true));
        var strictCounts = await CountsAsync();
        var lenient = await ImportAsync(xml);

        Assert.Equal(PfifImportOutcome.Rejected, strict.Outcome);
        Assert.Equal((0, 0L), strictCounts);
        Assert.Equal("status", Assert.Single(strict.Issues).Field);
        Assert.Contains("before the person's birth", strict.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(PfifImportOutcome.Imported, lenient.Outcome);
        Assert.Equal((1, 0), (lenient.PersonsAdded, lenient.AssertionsAdded));
    }

    [Fact]
    public async Task ImportAsync_NameInAScriptTheRegistryDoesNotHandle_KeepsThePersonUnderItsOtherNames()
    {
        var xml = PfifDocuments.Document(PfifDocuments.Person(
            "tests.example.org/person.1",
            "Invented Person",
            "<pfif:alternate_names>発明 太郎</pfif:alternate_names>"));

        var result = await ImportAsync(xml);

        Assert.Equal(1, result.PersonsAdded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("alternate_names", PfifIssueEffect.RecordKept), (issue.Field, issue.Effect));
    }

    [Fact]
    public async Task ImportAsync_Pfif14SampleStrictly_IsRejectedAndLenientlyImportsThePersonAndItsMissingReports()
    {
        var path = Path.Combine(SharedData.Require("pfif/samples"), "test.pfif-1.4.xml");

        PfifImportResult strict, lenient;
        await using (var file = File.OpenRead(path))
        {
            strict = await (await ImporterAsync()).ImportAsync(file, new PfifImportOptions(FileName: path, Strict: true), Cancel);
        }

        var afterStrict = await CountsAsync();
        await using (var file = File.OpenRead(path))
        {
            lenient = await (await ImporterAsync()).ImportAsync(file, new PfifImportOptions(FileName: path), Cancel);
        }

        Assert.Equal(PfifImportOutcome.Rejected, strict.Outcome);
        Assert.Equal(11, strict.Issues.Count);
        Assert.Equal((0, 0L), afterStrict);
        Assert.Equal(PfifImportOutcome.Imported, lenient.Outcome);
        Assert.Equal((1, 4, 2, 2), (lenient.PersonsAdded, lenient.NotesRead, lenient.AssertionsAdded, lenient.NotesWithoutFate));
        Assert.Equal(11, lenient.Issues.Count);
        Assert.Equal("PFIF file test.pfif-1.4.xml (_test_source_name)", lenient.SourceTitle);
    }

    [Fact]
    public async Task ImportAsync_RealPeopleIntoADemoRegistry_IsRejectedNamingAllowDemoDataUnlessAllowed()
    {
        await new Whereabouts.Application.Demo.DemoLoader((await DbAsync()).Database).LoadAsync(Cancel);
        var before = await CountsAsync();

        var refused = await ImportAsync(PfifDocuments.Families);

        Assert.Equal(PfifImportOutcome.Rejected, refused.Outcome);
        Assert.Equal(Whereabouts.Application.Demo.DemoGuard.AllowField, Assert.Single(refused.Issues).Field);
        Assert.Equal(before, await CountsAsync());

        var allowed = await ImportAsync(PfifDocuments.Families, new PfifImportOptions(AllowDemoData: true));

        Assert.Equal((PfifImportOutcome.Imported, 2), (allowed.Outcome, allowed.PersonsAdded));
    }

    [Fact]
    public async Task ImportAsync_ExportOfTheDemoIntoAnEmptyRegistry_KeepsEveryPersonsFateSideInventedFlagAndDates()
    {
        await using var origin = await TestDatabase.CreateAsync(provider);
        await new Whereabouts.Application.Demo.DemoLoader(origin.Database).LoadAsync(Cancel);
        using var file = new MemoryStream();
        await new PfifExport(origin.Database, TimeProvider.System).ExportAsync(file, cancellationToken: Cancel);
        file.Position = 0;

        var result = await (await ImporterAsync()).ImportAsync(file, cancellationToken: Cancel);

        Assert.Equal(PfifImportOutcome.Imported, result.Outcome);
        Assert.Empty(result.Issues);
        await using var before = origin.NewContext();
        await using var after = (await DbAsync()).NewContext();
        var exported = await before.People.AsNoTracking().AsSplitQuery().ToListAsync(Cancel);
        var imported = (await after.People.AsNoTracking().AsSplitQuery().ToListAsync(Cancel)).ToDictionary(p => p.Id);
        Assert.Equal(exported.Count, imported.Count);
        Assert.Contains(exported, p => p.Fate.Current?.Status == FateStatus.CaptureConfirmed);
        foreach (var person in exported)
        {
            var copy = imported[person.Id];
            Assert.Equal(Describe(person), Describe(copy));
        }

        Assert.Equal(
            await before.Parties.OrderBy(p => p.Slug).Select(p => p.Slug + " " + p.NameEn + " " + p.NameHy + " " + p.NameRu + " " + p.NameAz).ToListAsync(Cancel),
            await after.Parties.OrderBy(p => p.Slug).Select(p => p.Slug + " " + p.NameEn + " " + p.NameHy + " " + p.NameRu + " " + p.NameAz).ToListAsync(Cancel));

        // Person by person: what a reader of the dossier sees of the fate, and every standing assertion's meaning.
        static string Describe(Person person)
        {
            var fate = person.Fate;
            var retracted = person.FateRetractions.Select(r => r.AssertionId).ToHashSet();
            var standing = person.FateAssertions.Where(a => !retracted.Contains(a.Id))
                .OrderBy(a => a.Id)
                .Select(a => $"{a.Id} {a.Status} {a.AsOf} {a.Evidence.Credibility}");
            var birth = person.BirthDate is { IsApproximate: false } known ? known.ToString() : "-";
            return $"{person.Id} invented={person.IsInvented} side={person.Side} born={birth} sex={person.Sex} "
                + $"fate={fate.Current?.Status} as of {fate.Current?.AsOf} contested={fate.IsContested} credible={fate.IsCredible} | "
                + string.Join("; ", standing);
        }
    }

    [Fact]
    public async Task ImportAsync_NoteWhoseRegistryStatusContradictsItsPfifStatus_MapsThePfifStatusAndSaysSo()
    {
        var note = PfifDocuments.Note("tests.example.org/note.1", "tests.example.org/person.1", "believed_missing")
            .Replace("</pfif:note>", "<wa:status>deceased</wa:status><wa:as_of>2020-11</wa:as_of><wa:credibility>1</wa:credibility></pfif:note>", StringComparison.Ordinal);
        var xml = WithExtensions(PfifDocuments.Document(PfifDocuments.Person("tests.example.org/person.1", "Invented Person") + note));

        var result = await ImportAsync(xml);

        Assert.Equal(1, result.AssertionsAdded);
        Assert.Equal(("status", PfifIssueEffect.RecordKept), (Assert.Single(result.Issues).Field, result.Issues[0].Effect));
        await using var context = (await DbAsync()).NewContext();
        var assertion = await context.FateAssertions.SingleAsync(Cancel);
        Assert.Equal((FateStatus.Missing, Credibility.PossiblyTrue, PartialDate.OfDay(2020, 12, 22)), (assertion.Status, assertion.Evidence.Credibility, assertion.AsOf));
    }

    [Fact]
    public async Task ImportAsync_SideTheRegistryDoesNotHaveAndTheFileDoesNotName_KeepsThePersonWithoutASide()
    {
        var xml = WithExtensions(PfifDocuments.Document(PfifDocuments.Person("tests.example.org/person.1", "Invented Person", "<wa:side>invented-side</wa:side><wa:invented>true</wa:invented>")));

        var result = await ImportAsync(xml);

        Assert.Equal(1, result.PersonsAdded);
        Assert.Equal("side", Assert.Single(result.Issues).Field);
        await using var context = (await DbAsync()).NewContext();
        var person = await context.People.SingleAsync(Cancel);
        Assert.Equal((null, true), (person.Side, person.IsInvented));
    }

    [Fact]
    public async Task ImportAsync_NameWithADirectionOverride_IsNotRegisteredAndTheIssueNamesTheField()
    {
        var xml = PfifDocuments.Document(PfifDocuments.Person(
            "tests.example.org/person.1",
            "Invented Person",
            "<pfif:alternate_names>Invented \u202Enosrep</pfif:alternate_names>"));

        var result = await ImportAsync(xml);

        Assert.Equal((1, 1), (result.PersonsAdded, result.NameFormsAdded));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("alternate_names", PfifIssueEffect.RecordKept), (issue.Field, issue.Effect));
        Assert.Contains("direction control character (U+202E)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_BirthDateInTheFuture_KeepsThePersonWithoutIt()
    {
        var year = DateTime.UtcNow.Year + 5;
        var xml = PfifDocuments.Document(PfifDocuments.Person("tests.example.org/person.1", "Invented Person", $"<pfif:date_of_birth>{year}</pfif:date_of_birth>"));

        var result = await ImportAsync(xml);

        Assert.Equal(1, result.PersonsAdded);
        Assert.Equal(("date_of_birth", PfifIssueEffect.RecordKept), (Assert.Single(result.Issues).Field, result.Issues[0].Effect));
        await using var context = (await DbAsync()).NewContext();
        Assert.Null((await context.People.SingleAsync(Cancel)).BirthDate);
    }

    private static string WithExtensions(string xml) => xml.Replace(
        "xmlns:pfif=\"http://zesty.ca/pfif/1.4\"", "xmlns:pfif=\"http://zesty.ca/pfif/1.4\" xmlns:wa=\"" + PfifExtensions.Namespace + "\"", StringComparison.Ordinal);

    private async Task<PfifImportResult> ImportAsync(string xml, PfifImportOptions? options = null)
    {
        using var stream = PfifDocuments.Stream(xml);
        return await (await ImporterAsync()).ImportAsync(stream, options, Cancel);
    }

    private async Task<(int People, long AuditEntries)> CountsAsync()
    {
        await using var context = (await DbAsync()).NewContext();
        return (await context.People.CountAsync(Cancel), await context.AuditEntries.LongCountAsync(Cancel));
    }

    private static int TextLine(string text, string marker) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal)) + 1;
}
