using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// The requests whose person has new evidence since the family was last answered: a fate
/// assertion, a retraction, a name form added or withdrawn, or an event of captivity recorded (or
/// retracted) after the latest family notification that names the request, for any record of the
/// identity the request's person belongs to. Closed requests are never listed.
/// </summary>
/// <remarks>
/// Name forms carry no date of their own; when one was added is read from the audit log, which
/// records every save in the same transaction (docs/adr/0006): a form counts from the first entry
/// that holds it.
/// </remarks>
public sealed class NewEvidenceQuery(WhereaboutsDatabase database)
{
    private const string NameForm = nameof(PersonName);

    /// <summary>The requests with new evidence, the longest-answered (answered earliest) first.</summary>
    public async Task<IReadOnlyList<NewEvidenceRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var answered = (await RequestWork.ReadAsync(context, cancellationToken).ConfigureAwait(false))
            .Where(w => w.LatestAnswer is not null)
            .Select(w => (w.Request, Answer: w.LatestAnswer!, PersonId: w.Request.PersonId ?? w.LatestAnswer!.PersonId))
            .ToList();
        if (answered.Count == 0)
        {
            return [];
        }

        var linked = answered.Select(a => a.PersonId).Distinct().ToList();
        var identityOf = await context.People.AsNoTracking().IgnoreAutoIncludes()
            .Where(p => linked.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.IdentityId, cancellationToken).ConfigureAwait(false);
        var identities = identityOf.Values.Distinct().ToList();
        var members = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => identities.Contains(p.IdentityId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var memberIds = members.Select(p => p.Id).ToList();
        var memberKeys = memberIds.Select(id => id.ToString(null, CultureInfo.InvariantCulture)).ToList();
        var namesAdded = (await context.AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == NameForm && e.Action == "Added" && memberKeys.Contains(e.EntityId))
                .Select(e => new NameEntry(e.EntityId, e.RecordedAt, e.Changes))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(e => Guid.Parse(e.EntityId, CultureInfo.InvariantCulture));
        var captivity = (await context.CaptivityEvents.AsNoTracking()
                .Where(c => memberIds.Contains(c.PersonId))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.PersonId);
        var names = await context.PersonIndex.AsNoTracking()
            .Where(e => identities.Contains(e.PersonId))
            .ToDictionaryAsync(e => e.PersonId, e => e.DisplayName, cancellationToken).ConfigureAwait(false);
        var recordsOf = members.ToLookup(p => p.IdentityId);

        var found = new List<NewEvidenceRequest>();
        foreach (var (request, answer, personId) in answered)
        {
            if (!identityOf.TryGetValue(personId, out var identity))
            {
                continue;
            }

            var after = answer.RecordedAt;
            var records = recordsOf[identity].ToList();
            var fates = records.SelectMany(p => p.FateAssertions).Select(a => a.RecordedAt).Where(t => t > after).ToList();
            var retractions = records.SelectMany(p => p.FateRetractions).Select(r => r.RecordedAt).Where(t => t > after).ToList();
            var nameChanges = records.SelectMany(p => NewNames(namesAdded[p.Id], after).Concat(p.NameWithdrawals.Select(w => w.WithdrawnAt))).Where(t => t > after).ToList();
            var events = records.SelectMany(p => captivity[p.Id])
                .SelectMany(c => c.RetractedAt is { } retracted ? new[] { c.RecordedAt, retracted } : [c.RecordedAt])
                .Where(t => t > after)
                .ToList();
            var all = fates.Concat(retractions).Concat(nameChanges).Concat(events).ToList();
            if (all.Count == 0)
            {
                continue;
            }

            found.Add(new NewEvidenceRequest(
                new RequestLink(request.Id, request.Reference, request.Relationship, request.Status),
                identity,
                names.GetValueOrDefault(identity) ?? identity.ToString(),
                after,
                all.Max(),
                fates.Count,
                retractions.Count,
                nameChanges.Count,
                events.Count));
        }

        return [.. found.OrderBy(f => f.AnsweredAt).ThenBy(f => f.Request.Reference, StringComparer.Ordinal)];
    }

    // The log records a person's name forms as added again whenever the person is saved (they are
    // one JSON column): a form is new only when no entry before the answer holds the same form.
    // The forms the person was registered with are never new, whenever that was.
    private static IEnumerable<DateTimeOffset> NewNames(IEnumerable<NameEntry> entries, DateTimeOffset after)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var registered = list.Min(e => e.RecordedAt);
        var known = list.Where(e => e.RecordedAt <= after || e.RecordedAt == registered).Select(e => e.Changes).ToHashSet(StringComparer.Ordinal);
        return list.Where(e => e.RecordedAt > after && !known.Contains(e.Changes))
            .GroupBy(e => e.Changes, StringComparer.Ordinal)
            .Select(g => g.Min(e => e.RecordedAt));
    }

    private sealed record NameEntry(string EntityId, DateTimeOffset RecordedAt, string Changes);
}
