using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>Lists, shows and exports tracing requests; none of it ever includes a contact.</summary>
public sealed class TracingRequestReader(WhereaboutsDatabase database, FamilyNotifications notifications)
{
    private const int SearchLength = 40;

    /// <summary>The CSV export's header: every column but the contact, which no export holds (docs/adr/0025).</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "reference", "received_on", "channel", "status", "enquirer_name", "relationship", "language", "share_with", "contact_may_be_shared",
        "has_contact", "sought_name", "sought_birth_date", "last_seen_place", "last_seen_on", "last_seen_with", "circumstances", "person_id",
        "recorded_by", "recorded_at",
    ];

    /// <summary>Requests, newest first (by reference: year, then number), optionally of one status or whose reference holds <paramref name="search"/>.</summary>
    /// <exception cref="ValidationFailedException">An unknown status ("status") or an over-long search ("search").</exception>
    public async Task<PagedList<TracingRequestListItem>> ListAsync(string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        TracingRequestStatus? wanted = string.IsNullOrWhiteSpace(status) ? null : errors.Choice("status", status, TracingRequestStatus.Open);
        var term = errors.Text("search", search, SearchLength)?.ToUpperInvariant();
        errors.ThrowIfAny();
        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var query = Filtered(context, wanted, term);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Newest(query)
            .Skip((number - 1) * size).Take(size)
            .Select(r => new TracingRequestListItem(r.Id, r.Reference, r.ReceivedOn, r.Channel, r.Status, r.SoughtName, r.Relationship, r.PersonId, r.HasContact))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<TracingRequestListItem>(items, number, size, total);
    }

    /// <summary>One request with its steps, contact events, person, source and answers; null when there is none.</summary>
    public async Task<TracingRequestView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var request = await context.TracingRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        var person = request.PersonId is not { } personId
            ? null
            : await context.PersonIndex.AsNoTracking().Where(e => e.PersonId == personId)
                .Select(e => new PersonLink(e.PersonId, e.DisplayName, e.IsInvented)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? new PersonLink(personId, personId.ToString(), false);
        var source = request.SourceId is not { } sourceId
            ? null
            : await context.Sources.AsNoTracking().Where(s => s.Id == sourceId).Select(s => new DocumentLink(s.Id, s.Title))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var answers = await notifications.ForRequestAsync(id, cancellationToken).ConfigureAwait(false);
        return new TracingRequestView(
            request.Id,
            request.Reference,
            request.ReceivedOn,
            request.Channel,
            request.Status,
            request.Details,
            request.HasContact,
            person,
            source,
            [.. request.Steps.OrderBy(s => s.At.UtcTicks).ThenBy(s => s.Id)],
            [.. request.ContactEvents.OrderBy(e => e.At.UtcTicks).ThenBy(e => e.Id)],
            answers,
            request.RecordedBy,
            request.RecordedAt,
            request.Version);
    }

    /// <summary>Writes every request (of one status, when given) as CSV, newest first; no contact, ever, and every cell neutralised (<see cref="CsvCell"/>).</summary>
    /// <exception cref="ValidationFailedException">An unknown status.</exception>
    public async Task WriteCsvAsync(TextWriter writer, string? status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var errors = new FieldErrors();
        TracingRequestStatus? wanted = string.IsNullOrWhiteSpace(status) ? null : errors.Choice("status", status, TracingRequestStatus.Open);
        errors.ThrowIfAny();
        await using var context = database.CreateContext();
        await writer.WriteAsync(string.Join(',', CsvColumns.Select(CsvCell.Field)) + "\r\n").ConfigureAwait(false);
        var requests = Newest(Filtered(context, wanted, null)).AsAsyncEnumerable();
        await foreach (var r in requests.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string?[] cells =
            [
                r.Reference, r.ReceivedOn.ToString(), r.Channel.ToString(), r.Status.ToString(), r.EnquirerName, r.Relationship, r.Language,
                string.Join("; ", r.ShareWith), Flag(r.ContactMayBeShared), Flag(r.HasContact), r.SoughtName, r.SoughtBirthDate?.ToString(),
                r.LastSeenPlace, r.LastSeenOn?.ToString(), r.LastSeenWith, r.Circumstances, r.PersonId?.ToString(), r.RecordedBy,
                r.RecordedAt.ToString("O", CultureInfo.InvariantCulture),
            ];
            await writer.WriteAsync(string.Join(',', cells.Select(CsvCell.Field)) + "\r\n").ConfigureAwait(false);
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static IQueryable<TracingRequest> Filtered(WhereaboutsDbContext context, TracingRequestStatus? status, string? term)
    {
        var query = context.TracingRequests.AsNoTracking().IgnoreAutoIncludes();
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (term is not null)
        {
            query = query.Where(r => r.Reference.Contains(term));
        }

        return query;
    }

    // The reference is T-YYYY-NNNN: by year, then by the number's length (10000 after 9999), then the number.
    private static IOrderedQueryable<TracingRequest> Newest(IQueryable<TracingRequest> query) =>
        query.OrderByDescending(r => r.Reference.Substring(2, 4)).ThenByDescending(r => r.Reference.Length).ThenByDescending(r => r.Reference);
}
