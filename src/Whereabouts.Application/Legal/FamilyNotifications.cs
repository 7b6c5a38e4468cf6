using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Legal;

/// <summary>
/// Records and lists what families were told about their relatives. Records are never changed: a
/// correction is a new record that names the one it corrects (see docs/adr/0011).
/// </summary>
public sealed class FamilyNotifications(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private const int MessageLength = 4000;
    private const int TellerLength = 200;
    private const int RecipientLength = 100;

    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["notification.recipient-contact"] = "recipient",
        ["notification.in-future"] = "toldOn",
        ["notification.content-required"] = "message",
    };

    /// <summary>Records what a person's family was told.</summary>
    /// <returns>The saved record, or null when no person has <paramref name="personId"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    public async Task<NotificationView?> RecordAsync(Guid personId, NotificationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var toldOn = errors.Date("toldOn", input.ToldOn, FieldErrors.LatestToday(clock), "Enter the date the family was told, such as 2021-01-20 or 2021-01.");
        FateStatus? status = string.IsNullOrWhiteSpace(input.ConveyedStatus) ? null : errors.Choice("conveyedStatus", input.ConveyedStatus, FateStatus.Missing);
        var message = errors.Text("message", input.Message, MessageLength);
        if (string.IsNullOrWhiteSpace(input.ConveyedStatus) && message is null)
        {
            errors.Add("message", "Say what the family was told: choose the fate it conveyed, write the words used, or both.");
        }

        var toldBy = errors.Text("toldBy", input.ToldBy, TellerLength, "Say who told the family: an office, an organisation or a person in an official role.");
        var recipient = errors.Text("recipient", input.Recipient, RecipientLength, "Say which relative was told, by relationship only (mother, brother, wife).");
        errors.ThrowIfAny();

        await using var context = database.CreateContext(actor.Name);
        if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var sourceIds = (input.SourceIds ?? []).Where(s => s != Guid.Empty).Distinct().ToList();
        var found = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var missing in sourceIds.Except(found))
        {
            errors.Add("sourceIds", $"No source in the registry has the id {missing}.");
        }

        if (input.CorrectsId is { } corrected
            && !await context.FamilyNotifications.AnyAsync(n => n.Id == corrected && n.PersonId == personId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("correctsId", $"This person has no notification with the id {corrected} to correct.");
        }

        errors.ThrowIfAny();
        FamilyNotification notification;
        try
        {
            notification = new FamilyNotification(
                Guid.NewGuid(), personId, toldOn!, status, message, toldBy!, recipient!, sourceIds, actor.Name, clock.GetUtcNow(), input.CorrectsId);
        }
        catch (DomainRuleException e) when (FieldOfRule.TryGetValue(e.Rule, out var field))
        {
            throw new ValidationFailedException(field, e.Sentence);
        }

        context.FamilyNotifications.Add(notification);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ViewsAsync(context, [notification], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Everything the person's family was told, earliest first; null when no person has <paramref name="personId"/>.</summary>
    public async Task<IReadOnlyList<NotificationView>?> ListAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var notifications = await context.FamilyNotifications.AsNoTracking().Where(n => n.PersonId == personId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await ViewsAsync(context, notifications, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<NotificationView>> ViewsAsync(
        WhereaboutsDbContext context, IReadOnlyList<FamilyNotification> notifications, CancellationToken cancellationToken)
    {
        var documents = await LegalViews.DocumentsAsync(context, [.. notifications.SelectMany(n => n.SourceIds).Distinct()], cancellationToken)
            .ConfigureAwait(false);
        var ids = notifications.Select(n => n.Id).ToList();
        var personIds = notifications.Select(n => n.PersonId).Distinct().ToList();

        // A correction may have been recorded after the ones read here, so look for it in the table.
        var corrections = await context.FamilyNotifications.AsNoTracking()
            .Where(n => personIds.Contains(n.PersonId) && n.CorrectsId != null && ids.Contains(n.CorrectsId.Value))
            .Select(n => new { n.Id, Corrects = n.CorrectsId!.Value, n.RecordedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var correctedBy = corrections.GroupBy(c => c.Corrects).ToDictionary(g => g.Key, g => g.OrderBy(c => c.RecordedAt).Last().Id);
        return [.. notifications
            .OrderBy(n => n.ToldOn.StatedStart).ThenBy(n => n.ToldOn.Latest).ThenBy(n => n.RecordedAt).ThenBy(n => n.Id)
            .Select(n => new NotificationView(
                n.Id, n.PersonId, n.ToldOn, n.ConveyedStatus, n.Message, n.ToldBy, n.Recipient,
                [.. n.SourceIds.Select(s => documents.GetValueOrDefault(s) ?? new DocumentLink(s, s.ToString()))],
                n.CorrectsId, correctedBy.TryGetValue(n.Id, out var later) ? later : null, n.RecordedBy, n.RecordedAt))];
    }
}
