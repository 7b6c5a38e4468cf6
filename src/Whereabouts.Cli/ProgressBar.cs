using System.Diagnostics;
using System.Globalization;
using Whereabouts.Linkage;

namespace Whereabouts.Cli;

/// <summary>
/// Shows a long run's progress on one terminal line, redrawn at most five times a second. When
/// standard error is not a terminal it writes nothing, so logs and tests stay clean.
/// </summary>
internal sealed class ProgressBar(TextWriter writer, bool enabled) : IProgress<LinkageProgress>
{
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private string _stage = string.Empty;

    public void Report(LinkageProgress value)
    {
        if (!enabled)
        {
            return;
        }

        lock (_gate)
        {
            var stageChanged = !string.Equals(value.Stage, _stage, StringComparison.Ordinal);
            if (!stageChanged && _sinceDraw.ElapsedMilliseconds < 200 && value.Done < value.Total)
            {
                return;
            }

            _stage = value.Stage;
            _sinceDraw.Restart();
            var line = value.Total > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Stage,-10} [{Bar(value.Done, value.Total)}] {value.Done:N0}/{value.Total:N0}")
                : $"{value.Stage,-10} …";
            writer.Write("\r" + line.PadRight(78));
        }
    }

    public void Finish()
    {
        if (enabled)
        {
            writer.Write("\r" + new string(' ', 78) + "\r");
        }
    }

    private static string Bar(long done, long total)
    {
        const int width = 30;
        var filled = (int)Math.Clamp(done * width / Math.Max(1, total), 0, width);
        return new string('#', filled) + new string('.', width - filled);
    }
}
