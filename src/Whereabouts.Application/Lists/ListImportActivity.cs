using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Whereabouts.Application.Lists;

/// <summary>
/// The imports running in this process, held in memory (one instance for the app): their live
/// progress for the page and the API, the way to cancel them, and the signal that wakes the
/// background runner when an import is queued. A process that stops loses this, and stops renewing
/// the leases of its imports; any server's runner then marks what it left unfinished as failed once
/// the lease expires (see <see cref="ListImportRunner.RecoverAsync"/>).
/// </summary>
public sealed class ListImportActivity : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ListImportRun> _running = new();
    private readonly SemaphoreSlim _queued = new(0, 1);

    /// <summary>
    /// This process as a runner of imports, as its leases name it: the machine, the process id
    /// and a random part (a process id is reused after a restart; the random part is not).
    /// </summary>
    public string RunnerId { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");

    /// <summary>Tells the runner an import was queued.</summary>
    public void Wake()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the runner looks at every queued import when it wakes.
        }
    }

    /// <summary>Waits until an import is queued or <paramref name="timeout"/> passes (the runner also looks now and then in case another process queued one).</summary>
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    /// <summary>The progress of the import <paramref name="id"/>, or null when it is not running here.</summary>
    public ListImportLive? Live(Guid id) => _running.TryGetValue(id, out var run) ? run.Live() : null;

    /// <summary>Whether the import <paramref name="id"/> is running in this process.</summary>
    public bool IsRunning(Guid id) => _running.ContainsKey(id);

    /// <summary>Asks the running import <paramref name="id"/> to stop on behalf of <paramref name="actor"/>; false when it is not running here.</summary>
    public bool Cancel(Guid id, string actor)
    {
        if (!_running.TryGetValue(id, out var run))
        {
            return false;
        }

        run.Cancel(actor);
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _queued.Dispose();

    internal ListImportRun Begin(Guid id, TimeProvider clock, CancellationToken stopping)
    {
        var run = new ListImportRun(clock, stopping);
        _running[id] = run;
        return run;
    }

    internal void End(Guid id)
    {
        if (_running.TryRemove(id, out var run))
        {
            run.Dispose();
        }
    }
}
