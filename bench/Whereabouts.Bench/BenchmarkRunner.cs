using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Whereabouts.Bench.Web;

namespace Whereabouts.Bench;

/// <summary>Parses the benchmark command line, runs the chosen suites and prints their figures with the machine and date.</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var suites = Suites(args);
        var scale = Option(args, "--scale", 1_000_000);
        if (suites.Count == 0)
        {
            suites.Add("linkage");
        }

        // Ctrl+C cancels instead of killing the process, so that the web suite can stop the server it
        // started and drop the database it created.
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# Whereabouts benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
            var exitCode = 0;
            foreach (var suite in suites)
            {
                switch (suite)
                {
                    case "linkage":
                        LinkageBenchmarks.Run(DataFolder.Find(), scale);
                        break;
                    case "cross-script":
                        // Only the cross-script lists: --seed 101 is the development seed.
                        LinkageBenchmarks.CrossScript(Option(args, "--people", 6_000), Option(args, "--seed", LinkageBenchmarks.CrossScriptSeed));
                        break;
                    case "extraction":
                        ExtractionBenchmarks.Run(DataFolder.Find(), args);
                        break;
                    case "duplicates":
                        await DuplicateBenchmarks.RunAsync(args, cancellation.Token);
                        break;
                    case "lists":
                        await ListImportBenchmarks.RunAsync(args, cancellation.Token);
                        break;
                    case "seed":
                        exitCode = Math.Max(exitCode, await SeedBenchmarks.RunAsync(args, cancellation.Token));
                        break;
                    case "web":
                        exitCode = Math.Max(exitCode, await WebBenchmarks.RunAsync(args, cancellation.Token));
                        break;
                    case "start":
                        exitCode = Math.Max(exitCode, await StartBenchmarks.RunAsync(args, cancellation.Token));
                        break;
                    case "soak":
                        exitCode = Math.Max(exitCode, await SoakBenchmarks.RunAsync(args, cancellation.Token));
                        break;
                    case "search-probe":
                        exitCode = Math.Max(exitCode, await SearchProbe.RunAsync(args, cancellation.Token));
                        break;
                    default:
                        await Console.Error.WriteLineAsync($"unknown suite '{suite}'; known: linkage, cross-script, extraction, duplicates, lists, seed, web, start, soak, search-probe");
                        return 2;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
            return exitCode;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The value after <paramref name="name"/>, or <paramref name="fallback"/> when it is absent or not a number.</summary>
    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }

    /// <summary>The text after <paramref name="name"/>, or <paramref name="fallback"/> when it is absent.</summary>
    internal static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    // Every option takes a value, so a word right after an option is its value, not a suite.
    private static List<string> Suites(string[] args)
    {
        var suites = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
            }
            else
            {
                suites.Add(args[i]);
            }
        }

        return suites;
    }
}
