using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Tracing;

public sealed class TracingContactsTests : IAsyncLifetime
{
    private TracingRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await TracingRegistry.CreateAsync();

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    [Fact]
    public async Task RevealAsync_ContactOnFile_ShowsItAndTheShowingIsAuditedUnderTheViewer()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        var reveal = await _registry.Contacts("anna").RevealAsync(saved.Id, Cancel);

        Assert.Equal((ContactRevealOutcome.Shown, TracingRegistry.Phone), (reveal!.Outcome, reveal.Contact));
        Assert.DoesNotContain(TracingRegistry.Phone, reveal.ToString(), StringComparison.Ordinal);
        var viewed = (await _registry.Reader().FindAsync(saved.Id, Cancel))!.ContactEvents[^1];
        Assert.Equal((ContactEventKind.Viewed, "anna"), (viewed.Kind, viewed.By));
        await using var context = _registry.Db.NewContext();
        var audit = await context.AuditEntries.Where(e => e.EntityType == nameof(ContactEvent) && e.Actor == "anna").Select(e => e.Changes).ToListAsync(Cancel);
        Assert.Contains(audit, changes => changes.Contains(nameof(ContactEventKind.Viewed), StringComparison.Ordinal) && changes.Contains(saved.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(audit, changes => changes.Contains("555 0142", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RevealAsync_VaultOverAnotherKeyFolder_SaysTheKeyIsGoneAndStillRecordsTheAttempt()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        var otherFolder = Path.Combine(Path.GetTempPath(), "whereabouts-contact-keys", Guid.NewGuid().ToString("N"));
        try
        {
            var stranger = ContactVault.InFolder(otherFolder);

            var reveal = await _registry.Contacts("anna", stranger).RevealAsync(saved.Id, Cancel);

            Assert.Equal((ContactRevealOutcome.KeyGone, null), (reveal!.Outcome, reveal.Contact));
            Assert.Equal(ContactEventKind.Viewed, (await _registry.Reader().FindAsync(saved.Id, Cancel))!.ContactEvents[^1].Kind);
        }
        finally
        {
            Directory.Delete(otherFolder, recursive: true);
        }
    }

    [Fact]
    public async Task EraseAsync_WithAReason_DeletesTheRowRecordsWhyAndTheRevealThenSaysNoContact()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        await _registry.Contacts("boris").EraseAsync(saved.Id, "At the family's request", Cancel);

        var reveal = await _registry.Contacts("anna").RevealAsync(saved.Id, Cancel);
        Assert.Equal((ContactRevealOutcome.NoContact, null), (reveal!.Outcome, reveal.Contact));
        await using var context = _registry.Db.NewContext();
        Assert.False(await context.EnquirerContacts.AnyAsync(c => c.TracingRequestId == saved.Id, Cancel));
        var erased = await context.AuditEntries.Where(e => e.EntityType == nameof(ContactEvent) && e.Actor == "boris").Select(e => e.Changes).SingleAsync(Cancel);
        Assert.Contains("At the family's request", erased, StringComparison.Ordinal);
        Assert.Contains(nameof(ContactEventKind.Erased), erased, StringComparison.Ordinal);
        var view = await _registry.Reader().FindAsync(saved.Id, Cancel);
        Assert.False(view!.HasContact);
        Assert.Equal(saved.Reference, view.Reference);
    }

    [Fact]
    public async Task EraseAsync_NoReason_IsRefusedAndTheContactStays()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Contacts().EraseAsync(saved.Id, "  ", Cancel));

        Assert.Equal("reason", Assert.Single(error.Errors).Key);
        Assert.Equal(ContactRevealOutcome.Shown, (await _registry.Contacts().RevealAsync(saved.Id, Cancel))!.Outcome);
    }

    [Fact]
    public async Task ReplaceAsync_NewNumber_IsWhatTheNextRevealShowsAndNeitherIsInTheFiles()
    {
        var saved = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);

        await _registry.Contacts().ReplaceAsync(saved.Id, "+374 10 555 0199", Cancel);

        Assert.Equal("+374 10 555 0199", (await _registry.Contacts().RevealAsync(saved.Id, Cancel))!.Contact);
        Assert.Equal(ContactEventKind.Replaced, (await _registry.Reader().FindAsync(saved.Id, Cancel))!.ContactEvents[1].Kind);
        Assert.False(_registry.IsInDatabaseFiles("555 0199"));
        Assert.False(_registry.IsInDatabaseFiles(TracingRegistry.Phone));
    }
}
