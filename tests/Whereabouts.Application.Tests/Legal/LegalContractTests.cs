using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Legal;

/// <summary>
/// Legal cases and family notifications on the demo registry, run against each provider by
/// <see cref="SqliteLegalTests"/> and <see cref="PostgresLegalTests"/>: the person filter is a
/// query on a collection column, which each provider translates its own way.
/// </summary>
public abstract class LegalContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid HinTagher1 = DemoIds.For("person/hin-tagher/1");
    private static readonly Guid HinTagher7 = DemoIds.For("person/hin-tagher/7");
    private static readonly Guid CourtRecords = DemoIds.For("source/invented/court-records");
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private LegalCaseEditor Editor => new(_db.Database, new FixedActor("counsel-1"), TimeProvider.System);

    private LegalCaseReader Reader => new(_db.Database);

    private FamilyNotifications Notifications => new(_db.Database, new FixedActor("caseworker-1"), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_ByPersonAndStatus_FindsOnlyThatPersonsCases()
    {
        var all = await Reader.ListAsync(new LegalCaseFilter(), 1, 100, Cancel);
        var mine = await Reader.ListAsync(new LegalCaseFilter(HinTagher1), 1, 100, Cancel);
        var granted = await Reader.ListAsync(new LegalCaseFilter(HinTagher1, "granted", "EuropeanCourtOfHumanRights"), 1, 100, Cancel);

        Assert.Equal(DemoCatalog.Build().LegalCases.Count, all.Total);
        Assert.Equal(2, mine.Total);
        var request = Assert.Single(granted.Items);
        Assert.Equal(LegalCaseKind.InterimMeasuresRequest, request.Kind);
        Assert.Equal(PartialDate.OfMonth(2021, 1), request.LastStepOn);
    }

    [Fact]
    public async Task CreateAsync_Trial_IsReadBackWithNamesAndAuditedUnderTheActor()
    {
        var created = await Editor.CreateAsync(Trial(), Cancel);

        var read = await Reader.ForPersonAsync(HinTagher7, Cancel);
        var trial = Assert.Single(read, c => c.Id == created.Id);
        Assert.Equal(["Illegal border crossing (test)"], trial.Charges);
        Assert.Equal(CourtRecords, Assert.Single(trial.Documents).Id);
        Assert.False(string.IsNullOrEmpty(Assert.Single(trial.People).DisplayName));
        await using var context = _db.NewContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.EntityType == nameof(LegalCase) && e.EntityId == created.Id.ToString(), Cancel);
        Assert.Equal("counsel-1", audit.Actor);
    }

    [Fact]
    public async Task CreateAsync_DetainingPartyInAnyCase_IsKeptAsItsSlugAndKeepsThePartyInUse()
    {
        var created = await Editor.CreateAsync(Trial() with { DetainingParty = "Azerbaijani" }, Cancel);
        var revised = await Editor.ReviseAsync(created.Id, created.Version, Trial() with { DetainingParty = null }, Cancel);
        var again = await Editor.ReviseAsync(created.Id, revised!.Version, Trial() with { DetainingParty = "armenian" }, Cancel);

        Assert.Equal("azerbaijani", created.DetainingParty);
        Assert.Null(revised.DetainingParty);
        Assert.Equal("armenian", (await Reader.FindAsync(created.Id, Cancel))!.DetainingParty);
        Assert.Equal("armenian", again!.DetainingParty);
        await using var context = _db.NewContext();
        Assert.Contains(await context.AuditEntries.Where(e => e.EntityType == nameof(LegalCase) && e.EntityId == created.Id.ToString()).Select(e => e.Changes).ToListAsync(Cancel), c => c.Contains("\"DetainingParty\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_UnknownDetainingParty_NamesTheFieldAndSavesNothing()
    {
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor.CreateAsync(Trial() with { DetainingParty = "northland" }, Cancel));

        Assert.Equal(["detainingParty"], refusal.Errors.Keys);
        Assert.Contains("armenian", refusal.Errors["detainingParty"][0], StringComparison.Ordinal);
        Assert.Equal(DemoCatalog.Build().LegalCases.Count, (await Reader.ListAsync(new LegalCaseFilter(), 1, 100, Cancel)).Total);
    }

    [Fact]
    public async Task AddProceedingAsync_BumpsTheVersionSoAStaleRevisionIsRefused()
    {
        var created = await Editor.CreateAsync(Trial(), Cancel);

        var withStep = await Editor.AddProceedingAsync(created.Id, new ProceedingInput("2022-03-10", "Hearing", "Charges read (test)."), null, Cancel);

        Assert.Equal(1, withStep!.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.ReviseAsync(created.Id, 0, Trial() with { Status = "Decided" }, Cancel));
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.EntityType == nameof(Proceeding) && e.SubjectId == created.Id.ToString(), Cancel));
        Assert.Equal(LegalCaseStatus.Pending, (await Reader.FindAsync(created.Id, Cancel))!.Status);
    }

    [Fact]
    public async Task CreateAsync_BadFields_NamesEachAndSavesNothing()
    {
        var input = Trial() with { Title = " ", Kind = "Tribunal", LodgedOn = "2022-13", Sentence = new string('x', 1001) };

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => Editor.CreateAsync(input, Cancel));

        Assert.Equal(["kind", "lodgedOn", "sentence", "title"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(DemoCatalog.Build().LegalCases.Count, (await Reader.ListAsync(new LegalCaseFilter(), 1, 100, Cancel)).Total);
    }

    [Fact]
    public async Task RecordAsync_Notification_IsListedForCaseworkersButLeftOutOfTheDossierHistory()
    {
        var saved = await Notifications.RecordAsync(HinTagher7, new NotificationInput("2021-02", "Detained", null, "ICRC delegation", "father", [CourtRecords]), Cancel);

        var listed = await Notifications.ListAsync(HinTagher7, Cancel);
        var dossier = await new PersonDossierQuery(_db.Database).RunAsync(HinTagher7, Cancel);

        Assert.Equal(saved!.Id, Assert.Single(listed!).Id);
        Assert.DoesNotContain(dossier!.History, h => h.EntityType == nameof(FamilyNotification));
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.EntityType == nameof(FamilyNotification) && e.SubjectId == HinTagher7.ToString(), Cancel));
    }

    [Fact]
    public async Task RecordAsync_CorrectingAnotherPersonsNotification_IsRefused()
    {
        var elsewhere = (await Notifications.ListAsync(HinTagher1, Cancel))![0];

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => Notifications.RecordAsync(
            HinTagher7, new NotificationInput("2021-02", null, "Told he is held.", "ICRC delegation", "father", CorrectsId: elsewhere.Id), Cancel));

        Assert.True(refusal.Errors.ContainsKey("correctsId"));
        Assert.Empty((await Notifications.ListAsync(HinTagher7, Cancel))!);
    }

    private static LegalCaseInput Trial() => new(
        "Trial (test)", "NationalCourt", "Military court (test)", null, "CriminalTrial", "2022-03", [HinTagher7],
        Charges: ["Illegal border crossing (test)"], SourceIds: [CourtRecords]);
}
