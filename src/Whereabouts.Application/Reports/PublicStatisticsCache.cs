using Whereabouts.Application.Common;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The public statistics as the open page and API serve them: the figures of each day asked about
/// (and today's) are computed at most once per <see cref="Lifetime"/> and shared by every request
/// meanwhile, so anonymous visitors asking again and again cannot make the registry read every fate
/// history again and again.
/// </summary>
/// <remarks>
/// <para>Figures may be up to <see cref="Lifetime"/> old; given the registry's
/// <see cref="RegistryChanges"/> (as the web app does), they are also computed again once the
/// audit log's head has moved since, so a fate recorded by this or another app server shows in
/// them within <see cref="RegistryChanges.Interval"/> (docs/adr/0024). Visitors cannot move the
/// head, so asking again and again still costs nothing. They are the figures <see cref="PublicStatisticsQuery"/> computed, small cells already
/// hidden; nothing is recomputed or unhidden from the cache.</para>
/// <para>At most <see cref="MaximumDays"/> days are kept; a new day pushes out the one computed
/// longest ago, so asking for many different days costs memory for only a few. Requests for a day
/// that is being computed wait for that computation instead of starting their own. A computation
/// that fails is not kept.</para>
/// </remarks>
public sealed class PublicStatisticsCache(PublicStatisticsQuery query, TimeProvider time, RegistryChanges? changes = null)
{
    /// <summary>How long computed figures are served before they are computed again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>The most days (today's figures included) whose figures are kept at once.</summary>
    public const int MaximumDays = 32;

    // Keyed by the day numbers (as of, as recorded on), with today's (no day) under -1, which no day has.
    private const int Today = -1;

    private readonly Lock _gate = new();
    private readonly Dictionary<(int AsOf, int RecordedOn), Entry> _entries = [];

    /// <summary>The number of days whose figures are kept now (for tests).</summary>
    internal int KeptDays
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The figures of the current fates, or of the fates as they stood on <paramref name="asOf"/>,
    /// computed within the last <see cref="Lifetime"/>.
    /// </summary>
    /// <param name="asOf">The day asked about, or null for the current fates.</param>
    /// <param name="cancellationToken">Stops this request's wait; the computation goes on for the others.</param>
    public Task<PublicStatistics> GetAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        GetAsync(asOf, null, cancellationToken);

    /// <summary>
    /// The figures on <paramref name="asOf"/> as the registry held them at the end of
    /// <paramref name="recordedOn"/> (see <see cref="PublicStatisticsQuery.RunAsync(DateOnly?, DateOnly?, CancellationToken)"/>),
    /// computed within the last <see cref="Lifetime"/>; each pair of days is kept as one day is.
    /// </summary>
    public async Task<PublicStatistics> GetAsync(DateOnly? asOf, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        var key = (asOf?.DayNumber ?? Today, recordedOn?.DayNumber ?? Today);

        // Read before the figures are, so figures computed across a change are not kept past it.
        var head = changes is null ? 0 : (await changes.CurrentAsync(cancellationToken).ConfigureAwait(false)).Sequence;
        Task<PublicStatistics> figures;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!_entries.TryGetValue(key, out var entry) || entry.Expires <= now || entry.Head != head || entry.Figures.IsFaulted || entry.Figures.IsCanceled)
            {
                _entries.Remove(key);
                MakeRoom(now);

                // Not the caller's token: one visitor going away must not fail the others waiting.
                entry = new Entry(Task.Run(() => query.RunAsync(asOf, recordedOn, CancellationToken.None)), now + Lifetime, head);
                _entries[key] = entry;
            }

            figures = entry.Figures;
        }

        return await figures.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var stale in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
        {
            _entries.Remove(stale);
        }

        while (_entries.Count >= MaximumDays)
        {
            _entries.Remove(_entries.MinBy(e => e.Value.Expires).Key);
        }
    }

    private sealed record Entry(Task<PublicStatistics> Figures, DateTimeOffset Expires, long Head);
}
