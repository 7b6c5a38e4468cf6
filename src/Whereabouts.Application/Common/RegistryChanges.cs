using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Common;

/// <summary>
/// What this process knows of the registry's last change, whoever made it: the audit log's head
/// sequence, read again at most once per <see cref="Interval"/>. Caches stamp what they keep with
/// the head they saw before reading it and drop it once the head has moved past, so a change
/// saved by another app server (or the CLI) reaches them within <see cref="Interval"/>
/// (docs/adr/0024-two-app-servers.md).
/// </summary>
/// <remarks>
/// <para>Every save that changes anything appends to the audit log in its own transaction, in
/// sequence order (docs/adr/0006), so the head says whether anything changed. Reading it is one
/// look-up of the log's key; when it moved, one more look-up over the entries since the last
/// reading says whether an account, role or API key was among them
/// (<see cref="RegistryHead.AccountsChanged"/>), so that account caches are not emptied by every
/// fate recorded.</para>
/// <para>A change made by this process is seen within the same bound; the caches that must
/// forget at once what this process changed (API keys) are told so directly.</para>
/// </remarks>
public sealed class RegistryChanges(WhereaboutsDatabase database, TimeProvider time, TimeSpan interval) : IDisposable
{
    /// <summary>The configuration key of the interval, in milliseconds.</summary>
    public const string IntervalSetting = "Whereabouts:Caches:ChangeIntervalMilliseconds";

    /// <summary>How often the head is read by default: the lag bound of every cache that follows it.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    // The audit log's names (AuditWriter) of the records that say who may do what.
    private static readonly string[] AccountTypes = ["Account", "Role", "AccountRole", "AccountToken", "AccountState", "ApiKey"];

    private readonly SemaphoreSlim _reading = new(1, 1);
    private Seen? _seen;

    /// <summary>The longest a change made elsewhere stays unseen here.</summary>
    public TimeSpan Interval { get; } = interval;

    /// <summary>The head as read within the last <see cref="Interval"/>, reading it again when older.</summary>
    public async ValueTask<RegistryHead> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _seen) is { } seen && time.GetUtcNow() - seen.At < Interval)
        {
            return seen.Head;
        }

        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have read it while this one waited.
            if (_seen is { } fresh && time.GetUtcNow() - fresh.At < Interval)
            {
                return fresh.Head;
            }

            var head = await ReadAsync(_seen?.Head, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _seen, new Seen(head, time.GetUtcNow()));
            return head;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _reading.Dispose();

    private async Task<RegistryHead> ReadAsync(RegistryHead? before, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var entries = context.AuditEntries.AsNoTracking();
        var sequence = await entries.MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;

        // Nothing was kept before the first reading, so nothing kept can be older than it.
        if (before is null)
        {
            return new RegistryHead(sequence, sequence);
        }

        if (sequence == before.Sequence)
        {
            return before;
        }

        var accounts = await entries
            .Where(e => e.Sequence > before.Sequence && e.Sequence <= sequence && AccountTypes.Contains(e.EntityType))
            .MaxAsync(e => (long?)e.Sequence, cancellationToken).ConfigureAwait(false);
        return new RegistryHead(sequence, accounts ?? before.AccountsChanged);
    }

    private sealed record Seen(RegistryHead Head, DateTimeOffset At);
}
