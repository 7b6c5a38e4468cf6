using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Whereabouts.Ingestion;

namespace Whereabouts.Bench;

/// <summary>
/// Article body extraction on the Zyte benchmark pages in <c>article-extraction</c>: the benchmark's
/// shingle metric (F1, precision, recall, accuracy) and pages per second on one core, for our
/// extractor and for SmartReader (the C# port of Mozilla Readability) on the same pages.
/// </summary>
internal static class ExtractionBenchmarks
{
    private static readonly TimeSpan MinimumTiming = TimeSpan.FromSeconds(5);

    public static void Run(string? dataFolder, string[] args)
    {
        var folder = dataFolder is null ? null : Path.Combine(dataFolder, "article-extraction");
        if (folder is null || !File.Exists(Path.Combine(folder, "ground-truth.json")))
        {
            Console.WriteLine("Article extraction: skipped, ../shared/data/article-extraction is absent (set WHEREABOUTS_BENCH_DATA to the data folder).");
            return;
        }

        var pages = Load(folder);
        var worst = BenchmarkRunner.Option(args, "--worst", 0);
        var seconds = BenchmarkRunner.Option(args, "--seconds", (int)MinimumTiming.TotalSeconds);
        var development = PageFolds.Parse(BenchmarkRunner.Option(args, "--folds-dev", "1,2,3,4"));
        var heldOut = Enumerable.Range(1, PageFolds.Count).Where(f => !development.Contains(f)).ToList();

        // What --worst lists: the development folds unless --fold names one, so that pages of the
        // held-out fold are not looked at by accident while the rules are being tuned.
        var shownFold = BenchmarkRunner.Option(args, "--fold", 0);
        var shown = shownFold is >= 1 and <= PageFolds.Count ? new SortedSet<int> { shownFold } : development;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Article extraction: {pages.Count} pages from {folder}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Folds by SHA-256 of the page id: {string.Join(", ", Enumerable.Range(1, PageFolds.Count).Select(f => $"{f}: {pages.Count(p => p.Fold == f)} pages"))}; development folds {string.Join(',', development)}, held out {string.Join(',', heldOut)}."));

        var results = new List<Result>
        {
            Measure("Whereabouts", pages, page => ArticleReader.Read(new MemoryStream(page.Gzipped, writable: false), page.Id + ".html.gz").Text, worst, shown, seconds),
        };
        if (!string.Equals(BenchmarkRunner.Option(args, "--compare", "smartreader"), "none", StringComparison.Ordinal))
        {
            results.Add(Measure("SmartReader " + SmartReaderVersion(), pages, page => SmartReaderText(page), worst, shown, seconds));
        }

        var heldOutLabel = heldOut.Count == 0 ? "held out (none)" : $"held out (fold {string.Join(',', heldOut)})";
        Console.WriteLine();
        Console.WriteLine($"| extractor | F1 whole set | F1 {heldOutLabel} | F1 development folds | F1 5-fold mean ± sd | precision | recall | accuracy | pages/s (one core) | pages per CPU second |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var all = result.Score(_ => true);
            var held = result.Score(p => heldOut.Contains(p.Fold));
            var dev = result.Score(p => development.Contains(p.Fold));
            var perFold = Enumerable.Range(1, PageFolds.Count).Select(f => result.Score(p => p.Fold == f).F1).ToList();
            var mean = perFold.Average();
            var sd = Math.Sqrt(perFold.Sum(f => (f - mean) * (f - mean)) / (perFold.Count - 1));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Name} | {all.F1:F3} | {held.F1:F3} | {dev.F1:F3} | {mean:F3} ± {sd:F3} | {all.Precision:F3} | {all.Recall:F3} | {result.Accuracy:F3} | {result.PagesPerSecond:N0} | {result.PagesPerCpuSecond:N0} |"));
        }

        Console.WriteLine("| trafilatura 2.0 (published, 181 pages) | 0.958 | | | | 0.938 | 0.978 | | | |");
        Console.WriteLine("| rs-trafilatura (published, 181 pages) | 0.970 | | | | 0.951 | 0.990 | | | |");
        Console.WriteLine("| Mozilla Readability JS (published, 181 pages) | 0.947 | | | | 0.914 | 0.982 | | | |");
        Console.WriteLine();
        Console.WriteLine("| extractor | fold | pages | F1 | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            for (var fold = 1; fold <= PageFolds.Count; fold++)
            {
                var score = result.Score(p => p.Fold == fold);
                var mark = heldOut.Contains(fold) ? " (held out)" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {result.Name} | {fold}{mark} | {result.Pages.Count(p => p.Fold == fold)} | {score.F1:F3} | {score.Precision:F3} | {score.Recall:F3} |"));
            }
        }

        Console.WriteLine("Whereabouts is timed from the gzipped bytes (gunzip, decoding, parsing, extraction, metadata); SmartReader from the decoded string.");
        Console.WriteLine("One thread; pages per CPU second count the process's processor time (the garbage collector included), which a busy machine does not inflate as it does the wall clock.");
    }

    private sealed record Page(string Id, string Truth, byte[] Gzipped, string Html)
    {
        public int Fold { get; } = PageFolds.Of(Id);
    }

    /// <summary>One page's outcome: its fold, its normalised shingle match and whether the tokens agree exactly.</summary>
    private sealed record PageScore(string Id, int Fold, (double Tp, double Fp, double Fn) Match, bool Exact)
    {
        public double F1
        {
            get
            {
                var p = Match.Tp + Match.Fp == 0 ? 0 : Match.Tp / (Match.Tp + Match.Fp);
                var r = Match.Tp + Match.Fn == 0 ? 0 : Match.Tp / (Match.Tp + Match.Fn);
                return p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
        }
    }

    /// <summary>An extractor's page scores, with its speed by the wall clock and per second of processor time (robust on a shared machine).</summary>
    private sealed record Result(string Name, IReadOnlyList<PageScore> Pages, double PagesPerSecond, double PagesPerCpuSecond)
    {
        public double Accuracy => (double)Pages.Count(p => p.Exact) / Pages.Count;

        public (double Precision, double Recall, double F1) Score(Func<PageScore, bool> which) =>
            ShingleMetric.Score(Pages.Where(which).Select(p => p.Match).ToList());
    }

    private static List<Page> Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<Page>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            var gzipped = File.ReadAllBytes(path);
            using var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            var body = entry.Value.TryGetProperty("articleBody", out var value) ? value.GetString() ?? "" : "";
            pages.Add(new Page(entry.Name, body, gzipped, reader.ReadToEnd()));
        }

        return pages;
    }

    private static Result Measure(string name, List<Page> pages, Func<Page, string> extract, int worst, SortedSet<int> shown, int seconds)
    {
        var scores = new List<PageScore>();
        foreach (var page in pages)
        {
            var predicted = extract(page);
            scores.Add(new PageScore(page.Id, page.Fold, ShingleMetric.Match(page.Truth, predicted), ShingleMetric.SameTokens(page.Truth, predicted)));
        }

        foreach (var score in scores.Where(s => shown.Contains(s.Fold)).OrderBy(s => s.F1).Take(worst))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} worst: {score.Id} (fold {score.Fold}) F1 {score.F1:F3}"));
        }

        // One core: a single thread, after a warm-up pass, for at least a few seconds of whole passes.
        foreach (var page in pages)
        {
            extract(page);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var page in pages)
            {
                extract(page);
                count++;
            }
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new Result(name, scores, count / clock.Elapsed.TotalSeconds, count / Math.Max(cpu, 1e-9));
    }

    private static string SmartReaderText(Page page)
    {
        try
        {
            var article = new SmartReader.Reader("https://example.org/" + page.Id, page.Html).GetArticle();
            return article.TextContent ?? "";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ""; // Readability gives up on some pages; they count as empty predictions.
        }
    }

    private static string SmartReaderVersion() =>
        typeof(SmartReader.Reader).Assembly.GetName().Version?.ToString(3) ?? "";
}
