using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// Records, retracts and lists what the detaining side did, or let be done, for a captive (the
/// capture notified, confirmed by the ICRC, visits, capture cards, messages). Events are never
/// edited or removed: a wrong one is retracted once, with who, when and why, and stays listed.
/// </summary>
/// <remarks>
/// Records judged the same person are one captive: the events of every record of the identity are
/// listed together, whichever record they were recorded on.
/// </remarks>
public sealed class CaptivityEvents(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["captivity.in-future"] = "occurredOn",
        ["captivity.date-required"] = "occurredOn",
        ["captivity.source-required"] = "sourceId",
        ["captivity.kind"] = "kind",
        ["captivity.text-length"] = "note",
        ["captivity.reason-required"] = "reason",
        ["captivity.already-retracted"] = "reason",
    };

    /// <summary>Records an event on the record <paramref name="personId"/>.</summary>
    /// <returns>The saved event, or null when no person has <paramref name="personId"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong (the party is not recorded, the source does not exist); nothing was saved.</exception>
    public async Task<CaptivityEventView?> RecordAsync(Guid personId, CaptivityEventInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var kind = string.IsNullOrWhiteSpace(input.Kind) ? (CaptivityEventKind?)null : errors.Choice("kind", input.Kind, CaptivityEventKind.CaptureNotified);
        if (kind is null)
        {
            errors.Add("kind", $"Choose what was done: one of {string.Join(", ", Enum.GetNames<CaptivityEventKind>())}.");
        }

        var occurredOn = errors.Date("occurredOn", input.OccurredOn, FieldErrors.LatestToday(clock), "Enter the date it happened, such as 2020-12-15 or 2020-12.");
        var place = errors.Text("place", input.Place, CaptivityEvent.ShortTextLength);
        var by = errors.Text("by", input.By, CaptivityEvent.ShortTextLength);
        var note = errors.Text("note", input.Note, CaptivityEvent.NoteLength);
        if (input.SourceId is null || input.SourceId == Guid.Empty)
        {
            errors.Add("sourceId", "Choose the source that shows it: every event of captivity rests on a document.");
        }

        await using var context = database.CreateContext(actor.Name);
        var parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
        var party = PartyReference.Resolve(errors, "detainingParty", input.DetainingParty, parties);
        if (input.SourceId is { } sourceId && sourceId != Guid.Empty
            && !await context.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("sourceId", $"No source in the registry has the id {sourceId}.");
        }

        if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        errors.ThrowIfAny();
        CaptivityEvent recorded;
        try
        {
            recorded = new CaptivityEvent(
                Guid.NewGuid(), personId, kind!.Value, occurredOn!, party, place, by, note, input.SourceId!.Value, actor.Name, clock.GetUtcNow());
        }
        catch (DomainRuleException e) when (FieldOfRule.TryGetValue(e.Rule, out var field))
        {
            throw new ValidationFailedException(field, e.Message);
        }

        context.CaptivityEvents.Add(recorded);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ViewsAsync(context, [recorded], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Retracts the event <paramref name="eventId"/> in the actor's name, now.</summary>
    /// <returns>The retracted event, or null when no event has <paramref name="eventId"/>.</returns>
    /// <exception cref="ValidationFailedException">No reason, or the event was already retracted ("reason"); nothing was saved.</exception>
    public async Task<CaptivityEventView?> RetractAsync(Guid eventId, CaptivityRetractionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var reason = errors.Text("reason", input.Reason, CaptivityEvent.NoteLength, "Say why the event is retracted.");
        await using var context = database.CreateContext(actor.Name);
        var found = await context.CaptivityEvents.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        if (!found.Stands)
        {
            errors.Add("reason", "This event was already retracted; a retraction is recorded once.");
        }

        errors.ThrowIfAny();
        found.Retract(actor.Name, clock.GetUtcNow(), reason!);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ViewsAsync(context, [found], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// The events of <paramref name="personId"/>'s identity (every record judged the same person),
    /// earliest first, retracted ones included; null when no person has <paramref name="personId"/>.
    /// </summary>
    public async Task<IReadOnlyList<CaptivityEventView>?> ListAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var identity = await context.People.AsNoTracking().Where(p => p.Id == personId).Select(p => (Guid?)p.IdentityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return null;
        }

        var records = context.People.AsNoTracking().Where(p => p.IdentityId == identity).Select(p => p.Id);
        var events = await context.CaptivityEvents.AsNoTracking().Where(e => records.Contains(e.PersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await ViewsAsync(context, events, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The views of <paramref name="events"/>, earliest first, with their sources' titles.</summary>
    internal static async Task<List<CaptivityEventView>> ViewsAsync(
        WhereaboutsDbContext context, IReadOnlyList<CaptivityEvent> events, CancellationToken cancellationToken)
    {
        var documents = await LegalViews.DocumentsAsync(context, [.. events.Select(e => e.SourceId).Distinct()], cancellationToken).ConfigureAwait(false);
        return [.. events
            .OrderBy(e => e.OccurredOn.StatedStart).ThenBy(e => e.OccurredOn.Latest).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new CaptivityEventView(
                e.Id, e.PersonId, e.Kind, e.OccurredOn, e.DetainingParty, e.Place, e.By, e.Note,
                documents.GetValueOrDefault(e.SourceId) ?? new DocumentLink(e.SourceId, e.SourceId.ToString()),
                e.RecordedBy, e.RecordedAt, e.RetractedBy, e.RetractedAt, e.RetractionReason))];
    }
}
