using System.Globalization;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// How soon the web app answers after its process starts, on a registry that already exists (a
/// kept bench database, any size): the app published in Release, started <c>--runs</c> times, each
/// time timed to its first answer of GET /, its first search answered 200, and GET / answered 200
/// (the public figures prepared in the background). Adds a Viewer account with an API key to the
/// registry for the search. Each start is followed by one on the demo registry (about 200 invented
/// people, in a temporary file): the floor the same machine gives at the same moment, so that a
/// start on a busy machine can be told from a start that reads too much.
/// </summary>
internal static class StartBenchmarks
{
    public const string Usage = "start --db FILE.db|CONNECTION [--runs 3] [--query Avetisyan]";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var db = BenchmarkRunner.Option(args, "--db", string.Empty);
        if (db.Length == 0)
        {
            await Console.Error.WriteLineAsync($"--db is required\nusage: {Usage}");
            return 2;
        }

        var runs = BenchmarkRunner.Option(args, "--runs", 3);
        var query = BenchmarkRunner.Option(args, "--query", "Avetisyan");
        var location = DatabaseLocation.Parse(db);
        Console.WriteLine($"## start: {location}, {runs} starts, searching '{query}'");
        var publishFolder = Path.Combine(Path.GetTempPath(), "whereabouts-bench-start-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var dll = await WebServerProcess.PublishAsync(WebBenchmarks.RepositoryRoot(), publishFolder, cancellationToken);
            var key = await WebBenchmarks.CreateViewerKeyAsync(location, "bench-start-" + Guid.NewGuid().ToString("N")[..8], cancellationToken);
            Directory.CreateDirectory(Path.Combine(publishFolder, "demo"));
            var demo = Path.Combine(publishFolder, "demo", "registry.db");

            // The first start on an empty file loads the demo data; the floor is measured after it.
            await (await WebServerProcess.StartAsync(dll, demo, null, null, cancellationToken)).DisposeAsync();
            for (var run = 1; run <= runs; run++)
            {
                await using (var server = await WebServerProcess.StartAsync(dll, db, "/api/v1/persons?q=" + Uri.EscapeDataString(query), key, cancellationToken))
                {
                    Print($"start {run}", server);
                }

                await using var floor = await WebServerProcess.StartAsync(dll, demo, null, null, cancellationToken);
                Print($"  demo registry, right after", floor);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(publishFolder))
            {
                Directory.Delete(publishFolder, recursive: true);
            }
        }

        return 0;
    }

    private static void Print(string label, WebServerProcess server)
    {
        var started = server.Started;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: first answer to GET / {started.FirstAnswer.TotalSeconds:F1} s, first search 200 {(started.FirstSearch is { } search ? $"{search.TotalSeconds:F1} s" : "not asked")}, "
            + $"GET / 200 (figures prepared) {started.ReportsReady.TotalSeconds:F1} s; peak resident {server.PeakWorkingSet() / (1024 * 1024):N0} MiB"));
    }
}
