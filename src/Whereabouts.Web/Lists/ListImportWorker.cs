using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Lists;

/// <summary>
/// The background import of lists uploaded through the Lists page and the API: on start, and then
/// every minute, marks as failed the imports whose server stopped (their lease expired; imports
/// another live server runs are left alone, and queued ones stay queued); meanwhile runs queued
/// imports one at a time, woken when one is queued (and every few seconds, in case another server
/// queued one). See docs/adr/0024-two-app-servers.md.
/// </summary>
internal sealed partial class ListImportWorker(ListImportRunner runner, ListImportActivity activity, ListImportLeaseSettings leases, TimeProvider clock, ILogger<ListImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start to finish first: the runner's work is never urgent to the start.
        await Task.Yield();
        await RecoverAsync(stoppingToken);
        await Task.WhenAll(RunImportsAsync(stoppingToken), RecoverNowAndThenAsync(stoppingToken));
    }

    private async Task RunImportsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await runner.RunNextAsync(stoppingToken))
                {
                }

                await activity.WaitForWorkAsync(Idle, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database was unreachable or a record could not be written: the import stays
                // as it was (a running one is failed by a recovery once its lease expires) and the
                // runner goes on.
                RunnerFailed(logger, e);
                await Task.Delay(Idle, stoppingToken);
            }
        }
    }

    // On its own loop: a recovery's save may wait for an import's transaction (the audit lock on
    // PostgreSQL), which must not hold up this server's imports, nor they it.
    private async Task RecoverNowAndThenAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(leases.Recovery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RecoverAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    RecoveryFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server stops; the leases of its imports expire and another server's recovery fails them.
        }
    }

    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        var interrupted = await runner.RecoverAsync(stoppingToken);
        if (interrupted > 0)
        {
            Interrupted(logger, interrupted);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} list imports were left unfinished by a stopped server and are marked failed; nothing of them was saved.")]
    private static partial void Interrupted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The list import runner failed; it goes on with the next import.")]
    private static partial void RunnerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for list imports whose server stopped failed; it looks again at the next interval.")]
    private static partial void RecoveryFailed(ILogger logger, Exception exception);
}
