using System.Diagnostics;
using System.Globalization;
using Whereabouts.Application.Persons;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Where a search's time goes, without the web: the web bench's own searches (the same pool, drawn
/// the same way) run one at a time in this process on a kept registry, each timed; prints the
/// percentiles, the time by kind of search (one word, two words, a prefix, a search that fell to
/// near spellings) and the slowest searches, so that the tail of the web bench's p95 can be named.
/// Every search runs once cold and then <c>--repeat</c> times warm; the warm times are reported.
/// </summary>
internal static class SearchProbe
{
    public const string Usage = "search-probe --db FILE.db|CONNECTION [--searches 2000] [--repeat 2] [--slowest 15] [--term \"one search\"]";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var db = BenchmarkRunner.Option(args, "--db", string.Empty);
        if (db.Length == 0)
        {
            await Console.Error.WriteLineAsync($"--db is required\nusage: {Usage}");
            return 2;
        }

        var searches = BenchmarkRunner.Option(args, "--searches", 2_000);
        var repeat = Math.Max(1, BenchmarkRunner.Option(args, "--repeat", 2));
        var slowest = BenchmarkRunner.Option(args, "--slowest", 15);
        var bench = BenchDatabase.Reuse(db);
        var seeded = await WebBenchmarks.RegenerateAsync(bench.Location.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", bench, cancellationToken);
        var only = BenchmarkRunner.Option(args, "--term", string.Empty);
        var terms = only.Length > 0 ? [only] : WebBenchmarks.SearchTerms(seeded.People).Take(searches).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## search-probe: {bench.Location}, {terms.Count:N0} searches, each once cold and {repeat} times warm"));

        var search = new PersonSearch(new WhereaboutsDatabase(bench.Location));
        var times = new List<(string Term, string Kind, double Ms, int Total)>(terms.Count);
        foreach (var term in terms)
        {
            var criteria = new PersonSearchCriteria(term);
            await search.RunAsync(criteria, cancellationToken);
            var best = double.MaxValue;
            var total = 0;
            var near = false;
            for (var i = 0; i < repeat; i++)
            {
                var clock = Stopwatch.StartNew();
                var page = await search.RunAsync(criteria, cancellationToken);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                total = page.Total;
                near = page.Items.Any(p => p.IsNearMatch);
            }

            times.Add((term, KindOf(term, near), best, total));
        }

        var ordered = times.Select(t => t.Ms).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm, one at a time: p50 {Percentile(ordered, 0.50):F2} ms, p90 {Percentile(ordered, 0.90):F2} ms, p95 {Percentile(ordered, 0.95):F2} ms, p99 {Percentile(ordered, 0.99):F2} ms, mean {ordered.Average():F2} ms"));
        Console.WriteLine("  | kind | searches | mean ms | p95 ms | share of all time |");
        Console.WriteLine("  |---|---:|---:|---:|---:|");
        var all = times.Sum(t => t.Ms);
        foreach (var kind in times.GroupBy(t => t.Kind).OrderByDescending(g => g.Sum(t => t.Ms)))
        {
            var kindTimes = kind.Select(t => t.Ms).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  | {kind.Key} | {kindTimes.Count:N0} | {kindTimes.Average():F2} | {Percentile(kindTimes, 0.95):F2} | {kind.Sum(t => t.Ms) / all:P0} |"));
        }

        Console.WriteLine($"  the {slowest} slowest:");
        foreach (var (term, kind, ms, total) in times.OrderByDescending(t => t.Ms).Take(slowest))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ms,8:F2} ms  {kind,-22} {total,8:N0} found  {term}"));
        }

        return 0;
    }

    private static string KindOf(string term, bool near)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var shape = words == 1 ? "one word" : words == 2 ? "two words" : "more words";
        return near ? shape + ", near spellings" : shape;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
