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
/// <para>The histories and the sequence number they stand at are read in one snapshot
/// (<see cref="SnapshotRead"/>), so a save committed while they are read is not half in them.</para>
/// <para>The web app keeps one for its lifetime (83 MiB at 100,000 people with 210,000
/// assertions). A query made without one reads the histories for itself every time.</para>
/// <para>Reading them all takes seconds at a million people, so the web app prepares them in the
/// background after it starts (<see cref="PrepareAsync"/>) and its report pages ask
/// <see cref="State"/> first, saying the figures are being prepared rather than waiting.</para>
/// </remarks>
public sealed class FateHistoryCache(WhereaboutsDatabase database) : IDisposable
{
    // One reading at a time: the reports that arrive meanwhile wait for it and share it.
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly TaskCompletionSource _firstKept = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _readingRecorded = new(1, 1);
    private readonly Lock _recordedGate = new();
    private readonly Dictionary<DateOnly, Kept> _recorded = [];
    private Kept? _kept;
    private volatile bool _failed;

    /// <summary>
    /// Whether the histories have been read once (<see cref="PreparationState.Ready"/>: reports use
    /// them, reading them again only after the registry changed), are still to be read, or the
    /// last attempt to prepare them failed.
    /// </summary>
    public PreparationState State =>
        Volatile.Read(ref _kept) is not null ? PreparationState.Ready
        : _failed ? PreparationState.Failed
        : PreparationState.Preparing;

    /// <summary>Completes when the histories have been read and kept for the first time.</summary>
    public Task Prepared => _firstKept.Task;

    /// <summary>
    /// Reads and keeps the histories, and makes their calendar, if they are not kept yet. A failure (other than cancellation)
    /// makes <see cref="State"/> <see cref="PreparationState.Failed"/> until an attempt succeeds.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await ReadCalendarAsync(cancellationToken).ConfigureAwait(false);
            _failed = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failed = true;
            throw;
        }
    }

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
            // One snapshot for the sequence number and the histories: they agree, however many
            // saves commit while the histories are read, so what is read is always kept.
            await using var snapshot = await SnapshotRead.BeginAsync(context, cancellationToken).ConfigureAwait(false);

            // Another report may have read them while this one waited.
            sequence = await LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
            if (_kept is { } fresh && fresh.Sequence == sequence)
            {
                return fresh.Histories;
            }

            var histories = _kept is { } older
                ? await RefreshAsync(context, older, sequence, cancellationToken).ConfigureAwait(false)
                : null;
            histories ??= await FateHistoryReader.ReadAsync(context, cancellationToken).ConfigureAwait(false);

            // Nothing a history holds changed: the same histories, and the calendar made of them, stand at the new sequence.
            Volatile.Write(ref _kept, _kept is { } same && ReferenceEquals(same.Histories, histories) ? same with { Sequence = sequence } : new Kept(sequence, histories));
            _firstKept.TrySetResult();
            return histories;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>
    /// Everyone's fate counts on every day (<see cref="FateCalendar"/>) as stored now: made once for
    /// the histories kept, so that the figures of any day cost a look-up.
    /// </summary>
    public async Task<FateCalendar> ReadCalendarAsync(CancellationToken cancellationToken = default)
    {
        var histories = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return Volatile.Read(ref _kept) is { } kept && ReferenceEquals(kept.Histories, histories)
            ? kept.Calendar.Value
            : FateCalendar.Of(histories);
    }

    /// <summary>
    /// Everyone's history as the registry held it at the end of <paramref name="day"/>
    /// (<see cref="RecordedDay"/>; see <see cref="FateHistoryReader.ReadAsRecordedAsync"/>). Today's
    /// histories are not touched: the histories of the last few days asked about are kept beside
    /// them while the registry stands still, so a report as recorded on a day and its pages and
    /// exports read them once.
    /// </summary>
    /// <remarks>Shared by every report: read it, never change it.</remarks>
    public async Task<IReadOnlyList<FateHistory>> ReadAsRecordedAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await RecordedAsync(day, cancellationToken).ConfigureAwait(false)).Histories;

    /// <summary>The calendar (<see cref="FateCalendar"/>) of the histories as recorded on <paramref name="day"/>.</summary>
    public async Task<FateCalendar> ReadCalendarAsRecordedAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await RecordedAsync(day, cancellationToken).ConfigureAwait(false)).Calendar.Value;

    /// <inheritdoc/>
    public void Dispose()
    {
        _reading.Dispose();
        _readingRecorded.Dispose();
    }

    /// <summary>
    /// The histories from <paramref name="cache"/> when there is one, otherwise read through
    /// <paramref name="context"/> for this report alone: as recorded on <paramref name="recordedOn"/>
    /// when it is given, as stored now when it is null.
    /// </summary>
    internal static async Task<IReadOnlyList<FateHistory>> ReadAsync(FateHistoryCache? cache, WhereaboutsDbContext context, DateOnly? recordedOn, CancellationToken cancellationToken) =>
        recordedOn is not { } day ? await ReadAsync(cache, context, cancellationToken).ConfigureAwait(false)
        : cache is null ? await FateHistoryReader.ReadAsRecordedAsync(context, day, cancellationToken).ConfigureAwait(false)
        : await cache.ReadAsRecordedAsync(day, cancellationToken).ConfigureAwait(false);

    /// <summary>The calendar of <see cref="ReadAsync(FateHistoryCache?, WhereaboutsDbContext, DateOnly?, CancellationToken)"/>'s histories.</summary>
    internal static async Task<FateCalendar> ReadCalendarAsync(FateHistoryCache? cache, WhereaboutsDbContext context, DateOnly? recordedOn, CancellationToken cancellationToken) =>
        recordedOn is not { } day ? await ReadCalendarAsync(cache, context, cancellationToken).ConfigureAwait(false)
        : cache is null ? FateCalendar.Of(await FateHistoryReader.ReadAsRecordedAsync(context, day, cancellationToken).ConfigureAwait(false))
        : await cache.ReadCalendarAsRecordedAsync(day, cancellationToken).ConfigureAwait(false);

    // Kept by day and by the log's head they were read at: any save may change them (a snapshot
    // brings back old assertions, a side is corrected), so they are read again after one, as today's are.
    private async Task<Kept> RecordedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var sequence = await LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
        lock (_recordedGate)
        {
            if (_recorded.TryGetValue(day, out var kept) && kept.Sequence == sequence)
            {
                return kept;
            }
        }

        // One reading of a past day at a time, beside today's: the public figures take a day as
        // recorded from anyone, and many days asked at once must queue, not each read everything.
        await _readingRecorded.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var snapshot = await SnapshotRead.BeginAsync(context, cancellationToken).ConfigureAwait(false);
            sequence = await LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
            lock (_recordedGate)
            {
                if (_recorded.TryGetValue(day, out var kept) && kept.Sequence == sequence)
                {
                    return kept;
                }
            }

            var fresh = new Kept(sequence, await FateHistoryReader.ReadAsRecordedAsync(context, day, cancellationToken).ConfigureAwait(false));
            Keep(day, fresh);
            return fresh;
        }
        finally
        {
            _readingRecorded.Release();
        }
    }

    private void Keep(DateOnly day, Kept fresh)
    {
        var sequence = fresh.Sequence;
        lock (_recordedGate)
        {
            foreach (var stale in _recorded.Where(r => r.Value.Sequence != sequence).Select(r => r.Key).ToList())
            {
                _recorded.Remove(stale);
            }

            if (_recorded.Count >= MostRecordedDaysKept)
            {
                _recorded.Remove(_recorded.Keys.First());
            }

            _recorded[day] = fresh;
        }
    }

    /// <summary>From <paramref name="cache"/> when there is one; otherwise read through <paramref name="context"/> for this report alone.</summary>
    internal static async Task<IReadOnlyList<FateHistory>> ReadAsync(FateHistoryCache? cache, WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        cache is null
            ? await FateHistoryReader.ReadAsync(context, cancellationToken).ConfigureAwait(false)
            : await cache.ReadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The calendar from <paramref name="cache"/> when there is one; otherwise made from the histories read through <paramref name="context"/> for this report alone.</summary>
    internal static async Task<FateCalendar> ReadCalendarAsync(FateHistoryCache? cache, WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        cache is null
            ? FateCalendar.Of(await FateHistoryReader.ReadAsync(context, cancellationToken).ConfigureAwait(false))
            : await cache.ReadCalendarAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The kept histories brought up to <paramref name="sequence"/> by reading again only the
    /// identities the log says changed since they were kept: a fate asserted or retracted, a record
    /// added or its side changed. Null when reading everyone is simpler or the only safe way: many
    /// changes, or a record moved from one identity to another (a join or its undoing), after which
    /// the kept histories no longer say which identity a record was in.
    /// </summary>
    /// <remarks>
    /// A busy registry saves names, sources and reviews far more often than fates; without this,
    /// each such save made the next report read every history again (seconds at a million people).
    /// </remarks>
    private static async Task<IReadOnlyList<FateHistory>?> RefreshAsync(WhereaboutsDbContext context, Kept kept, long sequence, CancellationToken cancellationToken)
    {
        var changes = await context.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > kept.Sequence && e.Sequence <= sequence
                && (e.EntityType == nameof(Domain.Person) || e.EntityType == nameof(Domain.FateAssertion) || e.EntityType == nameof(Domain.FateRetraction)))
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.EntityType, e.Action, e.SubjectId, MovesIdentity = EF.Functions.Like(e.Changes, IdentityChange) })
            .Take(MostChangesRefreshed + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (changes.Count > MostChangesRefreshed
            || changes.Any(c => c.MovesIdentity && c.EntityType == nameof(Domain.Person) && c.Action != "Added"))
        {
            return null;
        }

        var people = changes.Select(c => Guid.TryParse(c.SubjectId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (people.Count == 0)
        {
            return kept.Histories;
        }

        var identities = await context.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => p.IdentityId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fresh = await FateHistoryReader.ReadAsync(context, identities, cancellationToken).ConfigureAwait(false);
        var histories = new List<FateHistory>(kept.Histories);
        var positions = kept.Positions.Value;
        foreach (var history in fresh)
        {
            if (positions.TryGetValue(history.PersonId, out var at))
            {
                histories[at] = history;
            }
            else
            {
                histories.Add(history);
            }
        }

        return histories;
    }

    // The audit log's head: every save appends to it in its own transaction (docs/adr/0006), so
    // what is kept for a head stands until the head moves (StillHeldLists keeps its lists by it too).
    internal static async Task<long> LastChangeAsync(WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        await context.AuditEntries.AsNoTracking().MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;

    // Each day as recorded costs as much memory as today's histories; a court file asks about one or two.
    private const int MostRecordedDaysKept = 2;

    // Past this many changes since the histories were kept, reading everyone is as quick.
    private const int MostChangesRefreshed = 2000;

    // The log's changes of a record that moved it to another identity.
    private const string IdentityChange = "%\"IdentityId\"%";

    private sealed record Kept(long Sequence, IReadOnlyList<FateHistory> Histories)
    {
        // Where each identity's history is in the list, for the refresh that replaces a few of them.
        public Lazy<Dictionary<Guid, int>> Positions { get; } = new(() =>
        {
            var positions = new Dictionary<Guid, int>(Histories.Count);
            for (var i = 0; i < Histories.Count; i++)
            {
                positions[Histories[i].PersonId] = i;
            }

            return positions;
        });

        // Made by the first report that needs it, once for every report on these histories.
        public Lazy<FateCalendar> Calendar { get; } = new(() => FateCalendar.Of(Histories));
    }
}
