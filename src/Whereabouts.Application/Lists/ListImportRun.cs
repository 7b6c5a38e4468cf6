namespace Whereabouts.Application.Lists;

/// <summary>
/// One import as it runs in this process: its cancellation, who asked for it, and the importer's
/// latest progress turned into rows done, rows per second and time left.
/// </summary>
internal sealed class ListImportRun : IProgress<ListImportProgress>, IDisposable
{
    // Linking compares every row with the registry and is most of an import's time; deciding and
    // saving are the rest. Rows "done" are counted on that scale so the bar moves evenly.
    private const double LinkingShare = 0.8;

    private readonly CancellationTokenSource _cancellation;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private ListImportProgress _latest = new(ListImportStage.Reading, 0, 0, 0);
    private string? _cancelledBy;

    public ListImportRun(TimeProvider clock, CancellationToken stopping)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    }

    /// <summary>Cancelled when someone cancels the import or the process stops.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Who asked to cancel the import, if anyone did.</summary>
    public string? CancelledBy => Volatile.Read(ref _cancelledBy);

    public void Report(ListImportProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>Asks the import to stop; the first person to ask is recorded.</summary>
    public void Cancel(string actor)
    {
        Interlocked.CompareExchange(ref _cancelledBy, actor, null);
        _cancellation.Cancel();
    }

    /// <summary>
    /// Stops the import without anyone having asked: this server lost its lease (another server
    /// found it expired and recorded the import as failed), so whatever it would commit would
    /// contradict that record.
    /// </summary>
    public void Abandon() => _cancellation.Cancel();

    /// <summary>The import's progress now.</summary>
    public ListImportLive Live()
    {
        var progress = Volatile.Read(ref _latest);
        var rows = progress.Rows;
        var done = progress.Stage switch
        {
            ListImportStage.Linking => rows * LinkingShare * progress.Fraction,
            ListImportStage.Deciding => rows * (LinkingShare + ((1 - LinkingShare) * progress.Fraction)),
            ListImportStage.Saving => rows,
            _ => 0,
        };
        var seconds = _clock.GetElapsedTime(_started).TotalSeconds;
        var rate = seconds > 0 ? done / seconds : 0;
        double? left = progress.Stage == ListImportStage.Saving || rate <= 0 ? null : (rows - done) / rate;
        return new ListImportLive(progress.Stage, rows, (int)done, rate, left, CancelledBy is not null);
    }

    public void Dispose() => _cancellation.Dispose();
}
