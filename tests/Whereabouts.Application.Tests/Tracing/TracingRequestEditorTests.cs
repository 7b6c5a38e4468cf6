using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Tracing;

public sealed class TracingRequestEditorTests : IAsyncLifetime
{
    private TracingRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await TracingRegistry.CreateAsync();

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    [Fact]
    public async Task RegisterAsync_WithAPhoneNumber_NumbersTheRequestAndKeepsTheNumberOutOfTheDatabaseAndItsLog()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        Assert.Matches(@"^T-\d{4}-0001$", saved.Reference);
        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.True(view!.HasContact);
        Assert.Equal(ContactEventKind.Recorded, Assert.Single(view.ContactEvents).Kind);
        Assert.DoesNotContain(TracingRegistry.Phone, view.ToString(), StringComparison.Ordinal);
        await using var context = _registry.Db.NewContext();
        var log = await context.AuditEntries.Select(e => e.Changes).ToListAsync(Cancel);
        Assert.NotEmpty(log);
        Assert.DoesNotContain(log, changes => changes.Contains("555 0142", StringComparison.Ordinal));
        Assert.False(_registry.IsInDatabaseFiles(TracingRegistry.Phone));
        Assert.False(_registry.IsInDatabaseFiles("555 0142"));
    }

    [Fact]
    public async Task RegisterAsync_NoNameNoRelationshipAndAFutureDate_NamesEachFieldAndSavesNothing()
    {
        var input = TracingRegistry.Request() with { EnquirerName = " ", Relationship = null, SoughtName = null, ReceivedOn = "2999-01-01" };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Editor().RegisterAsync(input, Cancel));

        Assert.Equal(["enquirerName", "receivedOn", "relationship", "soughtName"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(TracingRegistry.Phone, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await _registry.Reader().ListAsync(null, null, 1, 10, Cancel)).Total);
    }

    [Fact]
    public async Task RegisterAsync_ByPersonIdAlone_TakesTheSoughtNameFromThePersonAndLinksIt()
    {
        var person = await _registry.PersonAsync("Byidyan");

        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(contact: null, personId: person), Cancel);

        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.Equal(person, view!.Person!.Id);
        Assert.Contains("Invented-Byidyan", view.Details.SoughtName, StringComparison.Ordinal);
        Assert.False(view.HasContact);
    }

    [Fact]
    public async Task MoveAsync_ClosingWithoutAReason_IsRefusedOnTheReasonField()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Editor().MoveAsync(saved.Id, "Closed", " ", Cancel));

        Assert.Equal("reason", Assert.Single(error.Errors).Key);
        Assert.Equal(TracingRequestStatus.Open, (await _registry.Reader().FindAsync(saved.Id, Cancel))!.Status);
    }

    [Fact]
    public async Task MoveAsync_AnsweredBackToSearching_IsAStepWithWhoAndWhy()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        await _registry.Editor().MoveAsync(saved.Id, "answered", null, Cancel);

        await _registry.Editor("boris").MoveAsync(saved.Id, "Searching", "New list from the detaining side", Cancel);

        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.Equal(TracingRequestStatus.Searching, view!.Status);
        Assert.Equal([TracingRequestStatus.Open, TracingRequestStatus.Answered, TracingRequestStatus.Searching], view.Steps.Select(s => s.Status));
        Assert.Equal(("boris", "New list from the detaining side"), (view.Steps[^1].By, view.Steps[^1].Reason));
    }

    [Fact]
    public async Task MoveAsync_OpenToOpen_IsRefusedOnTheStatusField()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Editor().MoveAsync(saved.Id, "Open", null, Cancel));

        Assert.Equal("status", Assert.Single(error.Errors).Key);
    }

    [Fact]
    public async Task EditAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        var edited = await _registry.Editor().EditAsync(saved.Id, saved.Version, TracingRegistry.Request() with { Relationship = "sister" }, Cancel);

        await Assert.ThrowsAsync<Storage.ConcurrencyConflictException>(
            () => _registry.Editor().EditAsync(saved.Id, saved.Version, TracingRegistry.Request() with { Relationship = "aunt" }, Cancel));

        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.Equal("sister", view!.Details.Relationship);
        Assert.NotEqual(saved.Version, edited!.Version);
    }

    [Fact]
    public async Task RegisterPersonAsync_FromTheRequest_SavesTheFamilysSourceTheMissingPersonAndTheLink()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        await _registry.Editor().RegisterPersonAsync(saved.Id, new SoughtPersonInput("Armen", "Invented-Petrosyan"), Cancel);

        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        await using var context = _registry.Db.NewContext();
        var source = await context.Sources.SingleAsync(s => s.Id == view!.Source!.Id, Cancel);
        var person = await context.People.SingleAsync(p => p.Id == view!.Person!.Id, Cancel);
        Assert.Equal((SourceKind.FamilyReport, $"Tracing request {saved.Reference}", "mother, Invented-Anahit Petrosyan"), (source.Kind, source.Title, source.Author));
        var fate = Assert.Single(person.FateAssertions);
        Assert.Equal((FateStatus.Missing, PartialDate.OfDay(2020, 11, 9), source.Id), (fate.Status, fate.AsOf, fate.Evidence.SourceId));
        Assert.Equal("Invented-Petrosyan", person.PrimaryName.FamilyName);
    }

    [Fact]
    public async Task RegisterPersonAsync_AFateBeforeTheBirthDate_LeavesNoSourceNorPersonBehind()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request() with { SoughtBirthDate = "2021" }, Cancel);
        await using (var before = _registry.Db.NewContext())
        {
            Assert.Equal(0, await before.People.CountAsync(Cancel));
        }

        await Assert.ThrowsAsync<DomainRuleException>(() => _registry.Editor().RegisterPersonAsync(saved.Id, new SoughtPersonInput("Armen", "Invented-Petrosyan"), Cancel));

        await using var context = _registry.Db.NewContext();
        Assert.Equal(0, await context.People.CountAsync(Cancel));
        Assert.Equal(0, await context.Sources.CountAsync(Cancel));
        Assert.Null((await _registry.Reader().FindAsync(saved.Id, Cancel))!.Person);
    }

    [Fact]
    public async Task AnswerAsync_LinkedRequest_RecordsANotificationNamingItAndMovesItToAnswered()
    {
        var person = await _registry.PersonAsync("Answeryan");
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(personId: person), Cancel);

        var told = await _registry.Editor().AnswerAsync(saved.Id, new NotificationInput("2020-12-20", "Missing", null, "Invented tracing office", "mother"), Cancel);

        Assert.Equal((person, saved.Id), (told!.PersonId, told.TracingRequestId));
        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.Equal(TracingRequestStatus.Answered, view!.Status);
        Assert.Equal(told.Id, Assert.Single(view.Answers).Id);
    }

    [Fact]
    public async Task AnswerAsync_RequestLinkedToNoOne_IsRefusedAndNothingIsRecorded()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => _registry.Editor().AnswerAsync(saved.Id, new NotificationInput("2020-12-20", "Missing", null, "Invented tracing office", "mother"), Cancel));

        Assert.Equal("personId", Assert.Single(error.Errors).Key);
        Assert.Equal(TracingRequestStatus.Open, (await _registry.Reader().FindAsync(saved.Id, Cancel))!.Status);
    }

    [Fact]
    public async Task RecordAsync_NamingARequestAboutSomeoneElse_IsRefusedOnTracingRequestId()
    {
        var sought = await _registry.PersonAsync("Soughtyan");
        var other = await _registry.PersonAsync("Otheryan");
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(personId: sought), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Notifications("anna").RecordAsync(
            other, new NotificationInput("2020-12-20", "Missing", null, "Invented tracing office", "mother", TracingRequestId: saved.Id), Cancel));

        Assert.Equal("tracingRequestId", Assert.Single(error.Errors).Key);
        Assert.Empty((await _registry.Notifications("anna").ListAsync(other, Cancel))!);
    }
}
