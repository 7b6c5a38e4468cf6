using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Whereabouts.Storage.Writes;

/// <summary>
/// Where the writers of one database in this process wait while a long write holds the database: a
/// list import holds the gate for its whole transaction (<see cref="WhereaboutsDbContext.HoldOtherWritesAsync"/>),
/// and every other write waits here, in order and without holding a thread, instead of at the
/// database's own lock, whose wait is short and fails with nothing said (docs/adr/0019). A write
/// that has waited <see cref="Wait"/> is refused with a <see cref="WritesHeldException"/>, which the
/// web app answers with 503 and Retry-After; nothing of it was written.
/// </summary>
/// <remarks>
/// Where a write waits depends on where the database makes it wait: on SQLite at the beginning of
/// its transaction (EF Core begins them immediate, which takes the write lock), on PostgreSQL at the
/// audit chain's lock, which every save takes (docs/adr/0006). Reading never waits. The database's own
/// wait behind the gate is made as long as the gate's, so a write that slipped in as the hold began,
/// or one from another process, waits for the holder rather than failing after 30 s.
/// </remarks>
#pragma warning disable CA1001 // A gate lives as long as the process (one per database, kept in a static map); its semaphore never hands out a wait handle, so there is nothing to dispose.
public sealed class WriteGate
#pragma warning restore CA1001
{
    /// <summary>How long a write waits for a hold by default: longer than a 100,000-row list's import on this project's test machine under load.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    /// <summary>The configuration setting (seconds) of <see cref="Wait"/> in the web app.</summary>
    public const string WaitSetting = "Whereabouts:Database:WriteWaitSeconds";

    private static readonly ConcurrentDictionary<string, WriteGate> Gates = new(StringComparer.Ordinal);

    // Holders take turns: a second import waits for the first to end.
    private readonly SemaphoreSlim _holders = new(1, 1);

    // Set while the gate is held; completed when the hold ends.
    private TaskCompletionSource? _held;
    private TimeSpan _wait = DefaultWait;

    private WriteGate()
    {
        Interceptor = new WriteGateInterceptor(this);
    }

    /// <summary>How long a write waits for a hold to end before it is refused.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan Wait
    {
        get => _wait;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            _wait = value;
        }
    }

    /// <summary>Whether a write holds the gate now.</summary>
    public bool IsHeld => Volatile.Read(ref _held) is not null;

    /// <summary>The interceptor that makes SQLite's transactions wait at the gate (one per gate, so EF's options stay the same).</summary>
    internal IInterceptor Interceptor { get; }

    /// <summary>The gate of the database at <paramref name="location"/>, the same for every context on it in this process.</summary>
    public static WriteGate For(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return Gates.GetOrAdd(Key(location), _ => new WriteGate());
    }

    // The database itself, not the connection string's other settings: two ways of opening one
    // database (another timeout, another pool) share its gate.
    private static string Key(DatabaseLocation location)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            return "sqlite:" + (file.Length == 0 || file.StartsWith(':') ? file : Path.GetFullPath(file));
        }

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        return string.Create(CultureInfo.InvariantCulture, $"postgres:{builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>Closes the gate for <paramref name="holder"/>, after any earlier holder has opened it.</summary>
    internal async Task<WriteHold> HoldAsync(WhereaboutsDbContext holder, CancellationToken cancellationToken)
    {
        await _holders.WaitAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _held, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return new WriteHold(this, holder);
    }

    /// <summary>Opens the gate: the waiting writes go on.</summary>
    internal void Release()
    {
        Interlocked.Exchange(ref _held, null)?.TrySetResult();
        _holders.Release();
    }

    /// <summary>Returns when no hold is in the way, or throws when one lasted longer than <see cref="Wait"/>.</summary>
    /// <exception cref="WritesHeldException">The gate was held for longer than <see cref="Wait"/>.</exception>
    internal async Task PassAsync(CancellationToken cancellationToken)
    {
        var wait = Wait;
        var start = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _held) is { } held)
        {
            var left = wait - Stopwatch.GetElapsedTime(start);
            try
            {
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException();
                }

                await held.Task.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                throw new WritesHeldException(wait, e);
            }
        }
    }
}
