using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Reports;

/// <summary>
/// Reads everyone's fate history, and today's public figures from them, in the background once the
/// app has started, so that the start itself reads nothing per person (at a million people the
/// reading takes seconds). Until it is done, the pages and endpoints that need them say they are
/// being prepared (<see cref="ReportsPreparedAttribute"/>, <see cref="ReportsPreparedFilter"/>).
/// A failed attempt (the database unreachable) is tried again after <see cref="RetryAfter"/>.
/// </summary>
internal sealed partial class ReportPreparationWorker(
    FateHistoryCache histories, PublicStatisticsCache statistics, IConfiguration configuration, ILogger<ReportPreparationWorker> logger) : BackgroundService
{
    /// <summary>The setting that delays the preparation after the start (a TimeSpan; none by default).</summary>
    public const string DelaySetting = "Whereabouts:Reports:PrepareAfter";

    /// <summary>How long after a failed attempt the next one starts; also the Retry-After the waiting pages give.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start to finish first: the app answers while this reads.
        await Task.Yield();
        var delay = configuration.GetValue<TimeSpan?>(DelaySetting) ?? TimeSpan.Zero;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await histories.PrepareAsync(stoppingToken);
                await statistics.GetAsync(null, stoppingToken);
                Prepared(logger, clock.Elapsed.TotalSeconds);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(logger, RetryAfter.TotalSeconds, e);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The reports' fate histories and today's public figures were prepared in {Seconds:F1} s.")]
    private static partial void Prepared(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Preparing the reports' fate histories failed; trying again in {Seconds} s.")]
    private static partial void Failed(ILogger logger, double seconds, Exception exception);
}
