namespace Whereabouts.Storage.Writes;

/// <summary>
/// A held <see cref="WriteGate"/>: while it lasts, every other write to the database in this
/// process waits at the gate. Dispose it after the holder's transaction has ended (committed or
/// rolled back), so that the writes let through find the database free.
/// </summary>
public sealed class WriteHold : IAsyncDisposable, IDisposable
{
    private readonly WriteGate _gate;
    private readonly WhereaboutsDbContext _holder;
    private int _released;

    internal WriteHold(WriteGate gate, WhereaboutsDbContext holder)
    {
        _gate = gate;
        _holder = holder;
    }

    /// <summary>Opens the gate (once; later calls do nothing).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _holder.WriteHold = null;
            _gate.Release();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
