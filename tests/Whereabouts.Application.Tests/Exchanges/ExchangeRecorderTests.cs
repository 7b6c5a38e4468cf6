using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Exchanges;

public sealed class ExchangeRecorderTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly Guid Report = DemoIds.For("source/report-exchange-2021-12-04");
    private static readonly Guid Handover = DemoIds.For("source/invented/handover-2021-12-04");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAsync_HeldPeople_SavesTheExchangeAndRepatriatesEachPersonWithItsSource()
    {
        var first = Person("clashes-2021", 11);
        var second = Person("clashes-2021", 12);
        var input = Input("2023-06-01", new TransferInput(first, "Armenian"), new TransferInput(second, "armenian"));

        var saved = await Recorder("erin").RecordAsync(input, Cancel);

        Assert.Equal([first, second], saved.Transfers.Select(t => t.Person.Id));
        Assert.All(saved.Transfers, t => Assert.Equal(FateStatus.Repatriated, t.Fate));
        await using var context = registry.NewContext();
        foreach (var id in new[] { first, second })
        {
            var person = await context.People.SingleAsync(p => p.Id == id, Cancel);
            var fate = person.Fate.Current!;
            Assert.Equal(FateStatus.Repatriated, fate.Status);
            Assert.Equal(PartialDate.OfDay(2023, 6, 1), fate.AsOf);
            Assert.Equal(Report, fate.Evidence.SourceId);
            Assert.Equal(Credibility.ProbablyTrue, fate.Evidence.Credibility);
            Assert.Equal("exchange of 2023-06-01: handed over by azerbaijani to armenian", fate.Evidence.Locator);
            Assert.Equal("erin", fate.RecordedBy);
        }

        var audit = await context.AuditEntries.Where(e => e.SubjectId == saved.Id.ToString()).ToListAsync(Cancel);
        Assert.Contains(audit, e => e.EntityType == "Exchange" && e.Actor == "erin");
    }

    [Fact]
    public async Task RecordAsync_PersonStillMissingOnTheDate_NamesThePersonAndSavesNothing()
    {
        var missing = Person("hin-tagher", 40);
        var held = Person("clashes-2021", 13);
        var before = await CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Recorder().RecordAsync(Input("2023-06-01", new TransferInput(held, "Armenian"), new TransferInput(missing, "Armenian")), Cancel));

        var message = Assert.Single(error.Errors["transfers[1].personId"]);
        Assert.Contains(missing.ToString(), message, StringComparison.Ordinal);
        Assert.Contains("was not held on 2023-06-01", message, StringComparison.Ordinal);
        Assert.False(error.Errors.ContainsKey("transfers[0].personId"));
        Assert.Equal(before, await CountAsync());
        await using var context = registry.NewContext();
        Assert.Equal(FateStatus.Sentenced, (await context.People.SingleAsync(p => p.Id == held, Cancel)).Fate.Status);
    }

    [Fact]
    public async Task RecordAsync_PersonNotHeldButAllowed_IsRecorded()
    {
        var missing = Person("hin-tagher", 41);

        var saved = await Recorder().RecordAsync(Input("2023-06-02", new TransferInput(missing, "Armenian")) with { AllowNotHeld = true }, Cancel);

        Assert.Equal(FateStatus.Repatriated, Assert.Single(saved.Transfers).Fate);
    }

    [Fact]
    public async Task RecordAsync_UnknownDuplicateAndSidelessPeople_NamesEachTransfer()
    {
        var held = Person("clashes-2021", 14);
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Recorder().RecordAsync(
            Input("2023-06-01", new TransferInput(held, "Armenian"), new TransferInput(held, "Armenian"), new TransferInput(unknown, "Armenian"), new TransferInput(Person("clashes-2021", 15), null)),
            Cancel));

        Assert.Contains("more than once", Assert.Single(error.Errors["transfers[1].personId"]), StringComparison.Ordinal);
        Assert.Contains(unknown.ToString(), Assert.Single(error.Errors["transfers[2].personId"]), StringComparison.Ordinal);
        Assert.True(error.Errors.ContainsKey("transfers[3].receivedBy"));
    }

    [Fact]
    public async Task RecordAsync_NoDateTermsSourceOrPeople_NamesEveryField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Recorder().RecordAsync(new ExchangeInput(null, "barter", [], []), Cancel));

        Assert.Equal(["date", "sourceIds", "terms", "transfers"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordAsync_TransferCitingASourceOfTheExchange_RestsOnThatSource()
    {
        var held = Person("clashes-2021", 16);

        await Recorder().RecordAsync(Input("2023-06-01", new TransferInput(held, "Armenian", SourceId: Handover)) with { SourceIds = [Report, Handover] }, Cancel);

        await using var context = registry.NewContext();
        Assert.Equal(Handover, (await context.People.SingleAsync(p => p.Id == held, Cancel)).Fate.Current!.Evidence.SourceId);
    }

    [Fact]
    public async Task ReviseAsync_MediatorsRouteAndNotes_AreReplacedAndThePeopleAndTheirFatesStayAsRecorded()
    {
        var id = DemoIds.For("exchange/2020-12-14");
        var before = (await new ExchangeReader(registry.Database).DossierAsync(id, Cancel))!;
        var fates = await CountAsync();

        var saved = await Recorder("analyst.two").ReviseAsync(id, before.Version, new ExchangeRevision(
            "AllForAll", Route: "By air, Baku to Yerevan (test)", Parties: ["Armenia", "Azerbaijan"], Mediators: ["ICRC", "Russian peacekeepers"], Notes: "Corrected route (test)."), Cancel);

        Assert.NotNull(saved);
        Assert.Equal("By air, Baku to Yerevan (test)", saved.Route);
        Assert.Equal(["ICRC", "Russian peacekeepers"], saved.Mediators);
        Assert.Equal(before.Version + 1, saved.Version);
        Assert.Equal(before.Transfers, saved.Transfers);
        Assert.Equal((before.Date, before.Incident, before.Place), (saved.Date, saved.Incident, saved.Place));
        Assert.Equal(fates, await CountAsync());
    }

    [Fact]
    public async Task ReviseAsync_FromAStaleVersion_IsRefusedAndChangesNothing()
    {
        var id = DemoIds.For("exchange/2021-12-04");
        var before = (await new ExchangeReader(registry.Database).DossierAsync(id, Cancel))!;
        await Recorder().ReviseAsync(id, before.Version, new ExchangeRevision("AllForAll", Notes: "First edit (test)."), Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Recorder().ReviseAsync(id, before.Version, new ExchangeRevision("AllForAll", Notes: "Second edit from a stale page (test)."), Cancel));

        Assert.Equal("First edit (test).", (await new ExchangeReader(registry.Database).DossierAsync(id, Cancel))!.Notes);
    }

    [Fact]
    public async Task ReviseAsync_OtherTermsWithoutWordsAndABlankMediator_NamesBothFields()
    {
        var id = DemoIds.For("exchange/2021-12-04");
        var version = (await new ExchangeReader(registry.Database).DossierAsync(id, Cancel))!.Version;

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Recorder().ReviseAsync(id, version, new ExchangeRevision("Other", Mediators: ["ICRC", " "]), Cancel));

        Assert.Equal(["mediators", "termsText"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReviseAsync_UnknownExchange_IsNull()
    {
        Assert.Null(await Recorder().ReviseAsync(Guid.NewGuid(), 0, new ExchangeRevision("AllForAll"), Cancel));
    }

    private ExchangeRecorder Recorder(string actor = "caseworker") => new(registry.Database, new FixedActor(actor), TimeProvider.System);

    private static ExchangeInput Input(string date, params TransferInput[] transfers) =>
        new(date, "PrisonersForPrisoners", [Report], transfers, Mediators: ["ICRC"]);

    private static Guid Person(string group, int number) => DemoIds.For(FormattableString.Invariant($"person/{group}/{number}"));

    private async Task<int> CountAsync()
    {
        await using var context = registry.NewContext();
        return await context.Exchanges.CountAsync(Cancel) + await context.FateAssertions.CountAsync(Cancel);
    }
}
