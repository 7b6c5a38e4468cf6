using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Whereabouts.Bench;

/// <summary>Parses the benchmark command line, runs the chosen suites and prints their figures with the machine and date.</summary>
internal static class BenchmarkRunner
{
    public static Task<int> RunAsync(string[] args)
    {
        var suites = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToList();
        var scale = Option(args, "--scale", 1_000_000);
        if (suites.Count == 0)
        {
            suites.Add("linkage");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Whereabouts benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        foreach (var suite in suites)
        {
            switch (suite)
            {
                case "linkage":
                    LinkageBenchmarks.Run(DataFolder.Find(), scale);
                    break;
                default:
                    Console.Error.WriteLine($"unknown suite '{suite}'; known: linkage");
                    return Task.FromResult(2);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
        return Task.FromResult(0);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }
}
