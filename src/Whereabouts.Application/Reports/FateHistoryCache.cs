using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// Everyone's fate history for the reports, kept in memory from one report to the next and read
/// again only when the registry has changed since. Reading every history is most of what a report
/// over every person costs; deriving the fates from them is the smaller part.
/// </summary>
/// <remarks>
/// <para>Every save that changes anything appends to the audit log in the same transaction
/// (docs/adr/0006), so the log's last sequence number says whether what is kept is still what is
/// stored; asking for it is one look-up of the log's key. A report therefore never sees a history
/// older than the moment it asked, whichever process saved the change.</para>
/// <para>Histories read while a save was committed may mix the state before and after it; they
/// serve the report that read them but are not kept.</para>
/// <para>The web app keeps one for its lifetime (83 MiB at 100,000 people with 210,000
/// assertions). A query made without one reads the histories for itself every time.</para>
/// </remarks>
public sealed class FateHistoryCache(WhereaboutsDatabase database) : IDisposable
{
    // One reading at a time: the reports that arrive meanwhile wait for it and share it.
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Kept? _kept;

    /// <summary>Everyone's history as stored now; people without a fate have an empty one.</summary>
    /// <remarks>Shared by every report: read it, never change it.</remarks>
    public async Task<IReadOnlyList<FateHistory>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var sequence = await LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _kept) is { } kept && kept.Sequence == sequence)
        {
            return kept.Histories;
        }

        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another report may have read them while this one waited.
            sequence = await LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
            if (_kept is { } fresh && fresh.Sequence == sequence)
            {
                return fresh.Histories;
            }

            var histories = await FateHistoryReader.ReadAsync(context, cancellationToken).ConfigureAwait(false);
            if (await LastChangeAsync(context, cancellationToken).ConfigureAwait(false) == sequence)
            {
                Volatile.Write(ref _kept, new Kept(sequence, histories));
            }

            return histories;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _reading.Dispose();

    /// <summary>From <paramref name="cache"/> when there is one; otherwise read through <paramref name="context"/> for this report alone.</summary>
    internal static async Task<IReadOnlyList<FateHistory>> ReadAsync(FateHistoryCache? cache, WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        cache is null
            ? await FateHistoryReader.ReadAsync(context, cancellationToken).ConfigureAwait(false)
            : await cache.ReadAsync(cancellationToken).ConfigureAwait(false);

    private static async Task<long> LastChangeAsync(WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        await context.AuditEntries.AsNoTracking().MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;

    private sealed record Kept(long Sequence, IReadOnlyList<FateHistory> Histories);
}
