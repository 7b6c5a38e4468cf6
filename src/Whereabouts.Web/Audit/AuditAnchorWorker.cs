using Whereabouts.Storage;
using Whereabouts.Storage.Audit;

namespace Whereabouts.Web.Audit;

/// <summary>
/// Appends the audit log's head to the file named by <see cref="FileSetting"/>, once after the
/// start and then every <see cref="IntervalSetting"/> (a day unless set), so that a log cut short
/// or rewritten later fails <c>whereabouts audit verify --anchor-file FILE</c>. Off unless a file
/// is named (docs/adr/0022). A failed write is logged and tried again at the next turn.
/// </summary>
internal sealed partial class AuditAnchorWorker(
    WhereaboutsDatabase database, IConfiguration configuration, TimeProvider clock, ILogger<AuditAnchorWorker> logger) : BackgroundService
{
    /// <summary>The file the heads are appended to; none by default.</summary>
    public const string FileSetting = "Whereabouts:Audit:AnchorFile";

    /// <summary>How often the head is appended (a TimeSpan; a day by default).</summary>
    public const string IntervalSetting = "Whereabouts:Audit:AnchorInterval";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var file = configuration[FileSetting];
        if (string.IsNullOrWhiteSpace(file))
        {
            return;
        }

        await Task.Yield();
        var interval = configuration.GetValue<TimeSpan?>(IntervalSetting) is { } every && every > TimeSpan.Zero ? every : TimeSpan.FromDays(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var context = database.CreateContext();
                if (await AuditAnchorFile.AppendHeadAsync(context, file, clock.GetUtcNow(), stoppingToken) is { } head)
                {
                    Appended(logger, head.Sequence, file);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
            {
                Failed(logger, file, e);
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The audit log's head, entry {Sequence}, was appended to {File}.")]
    private static partial void Appended(ILogger logger, long sequence, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Appending the audit log's head to {File} failed; trying again at the next turn.")]
    private static partial void Failed(ILogger logger, string file, Exception exception);
}
