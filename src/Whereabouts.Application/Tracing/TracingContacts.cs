using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Tracing;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// Shows, replaces and erases the contact of a tracing request's enquirer (docs/adr/0025). Each
/// use is an audited event on the request; the contact itself never reaches the audit log, a view
/// other than <see cref="ContactReveal"/>, a message or a log.
/// </summary>
public sealed class TracingContacts(WhereaboutsDatabase database, ContactVault vault, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>
    /// Records that the current actor is shown the contact, saves that record, and only then
    /// decrypts the contact: no one sees a family's telephone number without it being on record.
    /// </summary>
    /// <returns>The contact, or why there is none; null when there is no such request.</returns>
    public async Task<ContactReveal?> RevealAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        if (!request.HasContact)
        {
            return new ContactReveal(request.Id, request.Reference, ContactRevealOutcome.NoContact, null);
        }

        request.RecordContactEvent(ContactEventKind.Viewed, actor.Name, clock.GetUtcNow(), null);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var stored = await context.EnquirerContacts.AsNoTracking().Where(c => c.TracingRequestId == id).Select(c => c.ProtectedText)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var contact = stored is null ? null : vault.TryReveal(stored);
        return contact is null
            ? new ContactReveal(request.Id, request.Reference, ContactRevealOutcome.KeyGone, null)
            : new ContactReveal(request.Id, request.Reference, ContactRevealOutcome.Shown, contact);
    }

    /// <summary>Replaces the contact with new details (or records one where there was none).</summary>
    /// <returns>False when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">A blank or over-long contact ("contact"); erase a contact instead of blanking it.</exception>
    public async Task<bool> ReplaceAsync(Guid id, string? contact, CancellationToken cancellationToken = default)
    {
        var clean = TracingRequestIntake.CleanContact(contact);
        if (clean is null)
        {
            throw new ValidationFailedException("contact", "Enter the new contact; to remove the contact, erase it with a reason.");
        }

        if (clean.Length > TracingRequestIntake.ContactLength)
        {
            throw new ValidationFailedException("contact", $"The contact may be at most {TracingRequestIntake.ContactLength} characters.");
        }

        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return false;
        }

        var row = await context.EnquirerContacts.FirstOrDefaultAsync(c => c.TracingRequestId == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            context.EnquirerContacts.Add(new EnquirerContact(id, vault.Protect(clean)));
        }
        else
        {
            row.Replace(vault.Protect(clean));
        }

        request.RecordContactEvent(request.HasContact ? ContactEventKind.Replaced : ContactEventKind.Recorded, actor.Name, clock.GetUtcNow(), null);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Erases the contact, at the family's request or for another reason: the encrypted row is
    /// deleted (on SQLite with <c>secure_delete</c>, so its bytes are overwritten in the file) and
    /// the erasure with its reason is recorded on the request, in one save. The request stays.
    /// </summary>
    /// <returns>False when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">No reason ("reason"), or no contact on file ("contact").</exception>
    public async Task<bool> EraseAsync(Guid id, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var why = errors.Text("reason", reason, ContactEvent.ReasonLength, "Say why the contact is erased (for example: at the family's request).");
        errors.ThrowIfAny();
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return false;
        }

        if (!request.HasContact)
        {
            throw new ValidationFailedException("contact", "No contact is on file for this request.");
        }

        if (context.Database.IsSqlite())
        {
            // The pragma holds for this connection only; it must be open for the save to use it.
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.ExecuteSqlRawAsync("PRAGMA secure_delete=ON", cancellationToken).ConfigureAwait(false);
        }

        var row = await context.EnquirerContacts.FirstOrDefaultAsync(c => c.TracingRequestId == id, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            context.EnquirerContacts.Remove(row);
        }

        request.RecordContactEvent(ContactEventKind.Erased, actor.Name, clock.GetUtcNow(), why);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
