using System.Diagnostics;
using System.Text;
using Whereabouts.Ingestion.Tests.Support;
using Whereabouts.Ingestion.Text;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class HtmlArticleExtractorTests
{
    // Open tags of several kinds, never closed, with a little text: every repetition nests deeper.
    private const string NestedUnit = "<div><section><span>word <p>text <b id=x1><i>more</i> <ul><li>item <table><td>";

    [Fact]
    public void Extract_BodySplitIntoChunksAroundFiguresAndAds_KeepsEveryChunk()
    {
        var article = Read("split-body.html");

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.StartsWith("The road to the invented village", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Seven families", article.Paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith("She hopes that a single list", article.Paragraphs[5], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Advertisement", StringComparison.Ordinal) || p.Contains("More features", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LiveBlog_KeepsEveryEntryShortOrLong()
    {
        var article = Read("live-blog.html");

        Assert.Contains("Buses have left the crossing, according to our invented reporter at the checkpoint.", article.Paragraphs);
        Assert.Contains("The exchange is complete.", article.Paragraphs);
        Assert.Contains("Relatives waiting on the far side were not allowed near the road.", article.Paragraphs);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Good afternoon and welcome", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Copy link", StringComparison.Ordinal) || p.Contains("Related", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ListArticle_KeepsEveryItemWithItsHeading()
    {
        var article = Read("list-article.html");

        for (var item = 1; item <= 4; item++)
        {
            Assert.Contains(article.Paragraphs, p => p.StartsWith(item + ". ", StringComparison.Ordinal));
        }

        Assert.Contains("The invented tracing office will call you back; give a number that someone always answers.", article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("newsletter", StringComparison.Ordinal) || p.Contains("Advertisement", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PostBesideALongerBoxOfOtherPosts_KeepsThePostWithTheHeadline()
    {
        var article = Read("related-posts-box.html");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The letter my grandmother sent", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("She kept it on the shelf", article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageOfLinksOnly_IsNotEmpty()
    {
        var html = "<html><body><ul><li><a href=/a>An invented story about bridges</a></li><li><a href=/b>Another invented story about roads</a></li></ul></body></html>";

        var article = HtmlArticleExtractor.Extract(html, "links.html");

        Assert.NotEmpty(article.Paragraphs);
    }

    [Fact]
    public void Extract_SentenceWithALongLink_KeepsIt()
    {
        var html = "<html><body><div class=story><p>An invented opening paragraph that is long enough to be an article's text, with commas, clauses, and a full stop.</p>"
            + "<p>The suspect, an invented man from the northern valley, was <a href=/x>sentenced to eleven years in an invented court on Thursday</a>.</p></div></body></html>";

        var article = HtmlArticleExtractor.Extract(html, "link.html");

        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_HoverCardOfLinksInsideAParagraph_DropsTheCardAndKeepsTheSentence()
    {
        var html = "<html><body><div class=story><p>An invented minister, <span class=card><a href=/p>Ani Sample</a><span><a href=/1>An invented headline about roads and bridges</a> "
            + "<a href=/2>Another invented headline about schools</a> <a href=/3>More</a></span></span>, said on Monday that the search would go on.</p></div></body></html>";

        var article = HtmlArticleExtractor.Extract(html, "card.html");

        Assert.Equal("An invented minister, , said on Monday that the search would go on.", Assert.Single(article.Paragraphs));
    }

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
    public void Extract_NestedTagsSixteenTimesLonger_TakesFarLessThanQuadraticTime()
    {
        // Sixteen times the input: linear time makes the ratio about 16, quadratic about 256. The
        // bound of 64 leaves a factor of four for a busy machine (CI runs test projects side by
        // side); best of several runs after a warm-up, so that its pauses count as little as possible.
        var small = Nested(64 * 1024);
        var large = Nested(1024 * 1024);
        HtmlArticleExtractor.Extract(small, "warm-up.html");

        var ratio = Best(large, 5) / Best(small, 9);

        Assert.True(ratio < 64, $"1 MB took {ratio:F1} times as long as 64 KB");
    }

    [Fact]
    public void Extract_TwoHundredThousandNestedDivs_ReturnsTheText()
    {
        var html = "<html><body>" + new StringBuilder().Insert(0, "<div>", 200_000) + "An invented sentence at the bottom.</body></html>";

        var article = HtmlArticleExtractor.Extract(html, "divs.html");

        Assert.Equal("An invented sentence at the bottom.", article.Text);
    }

    private static Article Read(string file) => HtmlArticleExtractor.Extract(File.ReadAllText(Fixtures.PathOf(file)), file);

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
