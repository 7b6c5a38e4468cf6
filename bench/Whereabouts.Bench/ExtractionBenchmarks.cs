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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Article extraction: {pages.Count} pages from {folder}"));
        var worst = BenchmarkRunner.Option(args, "--worst", 0);

        var ours = Measure("Whereabouts", pages, page => ArticleReader.Read(new MemoryStream(page.Gzipped, writable: false), page.Id + ".html.gz").Text, worst);
        var smart = Measure("SmartReader " + SmartReaderVersion(), pages, page => SmartReaderText(page), worst);

        Console.WriteLine();
        Console.WriteLine("| extractor | F1 | precision | recall | accuracy | pages/s (one core) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in new[] { ours, smart })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Name} | {result.F1:F3} | {result.Precision:F3} | {result.Recall:F3} | {result.Accuracy:F3} | {result.PagesPerSecond:N0} |"));
        }

        Console.WriteLine("| trafilatura 2.0 (published, 181 pages) | 0.958 | 0.938 | 0.978 | | |");
        Console.WriteLine("| Mozilla Readability JS (published, 181 pages) | 0.947 | 0.914 | 0.982 | | |");
        Console.WriteLine("Whereabouts is timed from the gzipped bytes (gunzip, decoding, parsing, extraction, metadata); SmartReader from the decoded string.");
    }

    private sealed record Page(string Id, string Truth, byte[] Gzipped, string Html);

    private sealed record Result(string Name, double F1, double Precision, double Recall, double Accuracy, double PagesPerSecond);

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

    private static Result Measure(string name, List<Page> pages, Func<Page, string> extract, int worst)
    {
        var matches = new List<(double Tp, double Fp, double Fn)>();
        var exact = 0;
        var perPage = new List<(string Id, double F1)>();
        foreach (var page in pages)
        {
            var predicted = extract(page);
            var match = ShingleMetric.Match(page.Truth, predicted);
            matches.Add(match);
            exact += ShingleMetric.SameTokens(page.Truth, predicted) ? 1 : 0;
            var p = match.Tp + match.Fp == 0 ? 0 : match.Tp / (match.Tp + match.Fp);
            var r = match.Tp + match.Fn == 0 ? 0 : match.Tp / (match.Tp + match.Fn);
            perPage.Add((page.Id, p + r == 0 ? 0 : 2 * p * r / (p + r)));
        }

        var (precision, recall, f1) = ShingleMetric.Score(matches);
        foreach (var (id, pageF1) in perPage.OrderBy(x => x.F1).Take(worst))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} worst: {id} F1 {pageF1:F3}"));
        }

        // One core: a single thread, after a warm-up pass, for at least a few seconds of whole passes.
        foreach (var page in pages)
        {
            extract(page);
        }

        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < MinimumTiming)
        {
            foreach (var page in pages)
            {
                extract(page);
                count++;
            }
        }

        clock.Stop();
        return new Result(name, f1, precision, recall, (double)exact / pages.Count, count / clock.Elapsed.TotalSeconds);
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
