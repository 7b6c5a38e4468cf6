using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Tracing;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// Saves a new tracing request, with the enquirer's contact encrypted beside it, in one
/// transaction, under the next free reference of the year. Used by the office's form, the API and
/// the public enquiry form alike, so that every request is numbered and protected the same way.
/// </summary>
public sealed class TracingRequestIntake(WhereaboutsDatabase database, ContactVault vault, TimeProvider clock)
{
    /// <summary>The longest a contact may be (a telephone number, an e-mail address and a postal address fit many times).</summary>
    public const int ContactLength = 1000;

    // Two requests registered at the same moment may draw the same number; the unique index
    // refuses the second, which draws again. Five draws is far more than two servers can lose.
    private const int Attempts = 5;

    /// <summary>The contact as it will be kept: composed, without control characters, trimmed; null when blank.</summary>
    public static string? CleanContact(string? contact) => FreeText.Clean(contact)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// Saves the request <paramref name="create"/> builds for the reference it is given; the
    /// contact, when there is one, is encrypted and its recording is an event on the request.
    /// </summary>
    /// <param name="actor">Who the save is attributed to in the audit log.</param>
    /// <param name="create">Builds the request for a reference (may throw <see cref="DomainRuleException"/>; nothing is saved then).</param>
    /// <param name="contact">The enquirer's contact details, or null.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <exception cref="DomainRuleException">The request or the contact is invalid; nothing was saved.</exception>
    public async Task<TracingRequest> SaveAsync(string actor, Func<string, TracingRequest> create, string? contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        var clean = CleanContact(contact);
        if (clean is { Length: > ContactLength })
        {
            throw new DomainRuleException("tracing.contact-length", $"The contact may be at most {ContactLength} characters.");
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var context = database.CreateContext(actor);
            var now = clock.GetUtcNow();
            var reference = await TracingReferences.NextAsync(context, now.UtcDateTime.Year, cancellationToken).ConfigureAwait(false);
            var request = create(reference);
            context.TracingRequests.Add(request);
            if (clean is not null)
            {
                request.RecordContactEvent(ContactEventKind.Recorded, actor, now, null);
                context.EnquirerContacts.Add(new EnquirerContact(request.Id, vault.Protect(clean)));
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return request;
            }
            catch (DbUpdateException e) when (attempt < Attempts && TracingReferences.IsTaken(e))
            {
                // Another request took the number first: draw again.
            }
        }
    }
}
