using System.Diagnostics;
using System.Text;
using Whereabouts.Ingestion.Text;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class HtmlArticleExtractorTests
{
    // Open tags of several kinds, never closed, with a little text: every repetition nests deeper.
    private const string NestedUnit = "<div><section><span>word <p>text <b id=x1><i>more</i> <ul><li>item <table><td>";

    [Fact]
    public void Extract_MegabyteOfNestedTags_ReturnsTheTextWithinAGenerousTime()
    {
        var html = Nested(1024 * 1024);

        var clock = Stopwatch.StartNew();
        var article = HtmlArticleExtractor.Extract(html, "nested.html");
        clock.Stop();

        Assert.Contains("word", article.Text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"1 MB of nested tags took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Extract_NestedTagsFourTimesLonger_TakesAboutFourTimesAsLong()
    {
        // Quadratic time would make the ratio 16. Best of several runs after a warm-up, so that a
        // busy machine's pauses do not count.
        var small = Nested(256 * 1024);
        var large = Nested(1024 * 1024);
        HtmlArticleExtractor.Extract(small, "warm-up.html");

        var ratio = Best(large, 3) / Best(small, 5);

        Assert.True(ratio < 6, $"1 MB took {ratio:F1} times as long as 256 KB");
    }

    [Fact]
    public void Extract_TwoHundredThousandNestedDivs_ReturnsTheText()
    {
        var html = "<html><body>" + new StringBuilder().Insert(0, "<div>", 200_000) + "An invented sentence at the bottom.</body></html>";

        var article = HtmlArticleExtractor.Extract(html, "divs.html");

        Assert.Equal("An invented sentence at the bottom.", article.Text);
    }

    private static string Nested(int length)
    {
        var html = new StringBuilder("<html><body>", length + NestedUnit.Length);
        while (html.Length < length)
        {
            html.Append(NestedUnit);
        }

        return html.ToString();
    }

    private static double Best(string html, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            HtmlArticleExtractor.Extract(html, "timed.html");
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }
}
