using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Lists;

/// <summary>
/// The background import of lists uploaded through the Lists page and the API: on start, marks the
/// imports a stopped process left unfinished as failed; then runs queued imports one at a time,
/// woken when one is queued (and every few seconds, in case another process queued one).
/// </summary>
internal sealed partial class ListImportWorker(ListImportRunner runner, ListImportActivity activity, ILogger<ListImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start to finish first: the runner's work is never urgent to the start.
        await Task.Yield();
        var interrupted = await runner.RecoverAsync(stoppingToken);
        if (interrupted > 0)
        {
            Interrupted(logger, interrupted);
        }

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
                // as it was (a running one is marked failed on the next start) and the runner goes on.
                RunnerFailed(logger, e);
                await Task.Delay(Idle, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} list imports were left unfinished by a stopped process and are marked failed; nothing of them was saved.")]
    private static partial void Interrupted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The list import runner failed; it goes on with the next import.")]
    private static partial void RunnerFailed(ILogger logger, Exception exception);
}
