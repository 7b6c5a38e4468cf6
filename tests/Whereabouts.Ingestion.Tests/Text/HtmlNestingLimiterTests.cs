using System.Text;
using Whereabouts.Ingestion.Text;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class HtmlNestingLimiterTests
{
    [Fact]
    public void Limit_OrdinaryPage_ReturnsItUnchanged()
    {
        var html = "<html><head><title>Invented</title><script>if (a < b) { x = '<div>'; }</script></head>"
            + "<body><div class=\"a>b\"><p>One <b>two</b> <a href=x>three</a><p>Four<ul><li>five<li>six</ul></div></body></html>";

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.Same(html, limited);
    }

    [Fact]
    public void Limit_DivsNestedBeyondMaxDepth_DropsTheDeeperTagsAndKeepsTheText()
    {
        const int depth = HtmlNestingLimiter.MaxDepth * 3;
        var html = "<body>" + Repeat("<div>", depth) + "deep text" + Repeat("</div>", depth) + "after</body>";

        var limited = HtmlNestingLimiter.Limit(html);

        // body is one open element, so MaxDepth - 1 divs fit under it.
        Assert.Equal(HtmlNestingLimiter.MaxDepth - 1, Count(limited, "<div>"));
        Assert.Equal(HtmlNestingLimiter.MaxDepth - 1, Count(limited, "</div>"));
        Assert.Contains("deep text", limited, StringComparison.Ordinal);
        Assert.EndsWith("after</body>", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_ParagraphsLeftOpen_AreClosedByTheNextParagraphAndNotCountedAsNesting()
    {
        var html = "<body>" + Repeat("<p>An invented paragraph ", HtmlNestingLimiter.MaxDepth * 2) + "</body>";

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.Same(html, limited);
    }

    [Fact]
    public void Limit_SpanEndTagsThatCannotCloseAcrossADiv_KeepThePageWithinTheDepth()
    {
        // The parser ignores </span> when a div is open inside the span, so unlimited these nest for
        // ever (AngleSharp stops attaching deeper than 512 in the tree, but its stack of open
        // elements keeps growing, and each tag searches it: quadratic time).
        var html = "<body>" + Repeat("<span><div></span>", HtmlNestingLimiter.MaxDepth * 2) + "</body>";

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.True(limited.Length < html.Length, "tags beyond the depth are dropped");
        Assert.InRange(Depth(limited), HtmlNestingLimiter.MaxDepth - 2, HtmlNestingLimiter.MaxDepth + 2);
    }

    [Fact]
    public void Limit_TablesNestedInCellsWithoutEndTags_KeepThePageWithinTheDepth()
    {
        var html = "<body>" + Repeat("<table><td><div>", HtmlNestingLimiter.MaxDepth) + "text</body>";

        var limited = HtmlNestingLimiter.Limit(html);

        // The parser adds a tbody and a tr to each table, which the limiter does not count.
        Assert.InRange(Depth(limited), HtmlNestingLimiter.MaxDepth / 2, HtmlNestingLimiter.MaxDepth * 2);
        Assert.Contains("text", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_ManyUnclosedFormattingElements_KeepsOnlyTheFirstFew()
    {
        var html = new StringBuilder("<body><p>");
        for (var i = 0; i < 100; i++)
        {
            html.Append("<b id=b").Append(i).Append('>');
        }

        html.Append("text</p><p>more</p></body>");

        var limited = HtmlNestingLimiter.Limit(html.ToString());

        Assert.Equal(HtmlNestingLimiter.MaxOpenFormatting, Count(limited, "<b "));
        Assert.Contains("text</p><p>more</p>", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_TagsInsideScriptAndComments_AreNotCounted()
    {
        var inner = Repeat("<div>", HtmlNestingLimiter.MaxDepth * 2);
        var html = "<body><script>var s = '" + inner + "';</script><!-- " + inner + " --><p>text</p></body>";

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.Same(html, limited);
    }

    // The depth of the tree the parser builds, measured without recursion.
    private static int Depth(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var deepest = 0;
        var pending = new Stack<(AngleSharp.Dom.IElement Element, int Depth)>();
        pending.Push((document.DocumentElement, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
