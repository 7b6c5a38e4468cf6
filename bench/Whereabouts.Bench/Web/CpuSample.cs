using System.Globalization;

namespace Whereabouts.Bench.Web;

/// <summary>
/// CPU time from /proc at one moment: the whole machine's, the server's, this process's and the
/// PostgreSQL server processes', in clock ticks. The difference of two samples says how much CPU
/// a phase cost the server and the database per request, and how much other processes took
/// meanwhile (a figure taken while something else was busy on the same two cores is not a figure).
/// </summary>
internal sealed record CpuSample(long MachineBusy, long MachineTotal, long Server, long Client, long Database)
{
    // USER_HZ, 100 on every Linux the bench runs on; /proc reports times in these ticks.
    private const double TicksPerSecond = 100;

    public static CpuSample Take(int serverProcessId)
    {
        if (!File.Exists("/proc/stat"))
        {
            return new CpuSample(0, 0, 0, 0, 0);
        }

        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return new CpuSample(busy, busy + idle, ProcessTicks(serverProcessId), ProcessTicks(Environment.ProcessId), PostgresTicks());
    }

    /// <summary>The server's CPU milliseconds per request between <paramref name="start"/> and this sample.</summary>
    public double ServerMillisecondsPer(CpuSample start, long requests) =>
        requests == 0 ? 0 : (Server - start.Server) * 1000 / TicksPerSecond / requests;

    /// <summary>The PostgreSQL server's CPU milliseconds per request (0 on SQLite, which runs inside the app).</summary>
    public double DatabaseMillisecondsPer(CpuSample start, long requests) =>
        requests == 0 ? 0 : (Database - start.Database) * 1000 / TicksPerSecond / requests;

    /// <summary>The share of the machine's CPU (all cores) used by processes other than the server, the database and the bench.</summary>
    public double OthersShare(CpuSample start)
    {
        var total = MachineTotal - start.MachineTotal;
        var others = (MachineBusy - start.MachineBusy) - (Server - start.Server) - (Client - start.Client) - (Database - start.Database);
        return total <= 0 ? 0 : Math.Max(0, (double)others / total);
    }

    /// <summary>CPU seconds this process and the PostgreSQL server spent since <paramref name="start"/>.</summary>
    public double CpuSecondsSince(CpuSample start) =>
        ((Client - start.Client) + (Database - start.Database)) / TicksPerSecond;

    /// <summary>The share of the machine's CPU used by the bench's own load workers.</summary>
    public double ClientShare(CpuSample start)
    {
        var total = MachineTotal - start.MachineTotal;
        return total <= 0 ? 0 : (double)(Client - start.Client) / total;
    }

    private static long ProcessTicks(int processId) => Read($"/proc/{processId}/stat")?.Ticks ?? 0;

    // Every backend of a local PostgreSQL server is a process named postgres; a backend that ends
    // between two samples takes its ticks with it, but the app's pooled connections live for the run.
    private static long PostgresTicks() =>
        Directory.EnumerateDirectories("/proc")
            .Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0]))
            .Select(d => Read(Path.Combine(d, "stat")))
            .Where(s => s is { Name: "postgres" })
            .Sum(s => s!.Value.Ticks);

    private static (string Name, long Ticks)? Read(string statPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(statPath);
        }
        catch (IOException)
        {
            // The process ended.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name is in parentheses and may contain spaces; utime and stime are the 12th
        // and 13th fields after it.
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        var fields = text[(close + 2)..].Split(' ');
        return (text[(open + 1)..close], long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
    }
}
