using System.Text;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// Keeps an HTML page's element tree shallow before it is parsed, so that parsing and every walk over
/// the tree take time in proportion to the page. The HTML parsing algorithm looks down the stack of
/// open elements at each tag, so 64,000 nested <c>div</c>s cost 64,000 × 64,000 steps; and it
/// re-opens every unclosed formatting element (<c>b</c>, <c>font</c>, …) in each new paragraph, so a
/// few thousand unclosed <c>&lt;b id=…&gt;</c> tags followed by as many paragraphs make millions of
/// elements. Browsers cap the depth (Chromium at 512) by attaching deeper elements higher up; this
/// does the same on the source text: one linear pass of a small tokenizer follows the open elements
/// as the parser would (closing them by end tags, by the tags that close a paragraph or a list item,
/// within the same scopes), and drops the tags that would open an element deeper than
/// <see cref="MaxDepth"/>, or a formatting element beyond <see cref="MaxOpenFormatting"/> left open,
/// together with their end tags. Text is never dropped. Pages within the limits come back unchanged.
/// </summary>
/// <remarks>
/// The tracking errs on the deep side: where it cannot tell whether the parser closes an element it
/// keeps it open, so the real tree is never deeper than the estimate (except for the few elements the
/// parser adds itself, such as the <c>tbody</c> and <c>tr</c> of a table written without them).
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>The deepest element kept (as in Chromium's parser); no real page comes near it.</summary>
    public const int MaxDepth = 512;

    /// <summary>
    /// How many formatting elements may be open and unclosed at once before more are dropped: the
    /// parser copies each of them into every later paragraph. Dropping a <c>b</c> or <c>font</c> loses
    /// no text; links are never dropped for this (the parser keeps only one open).
    /// </summary>
    public const int MaxOpenFormatting = 4;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    // Elements whose content is text up to their own end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // The parser's "special" elements: an end tag of an ordinary element does not close past them.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee",
        "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
        "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext",
        "annotation-xml", "foreignobject", "desc",
    };

    // Where a search for an element to close stops: the parser's scope boundaries, with those of the
    // button and list-item scopes too, so that the search closes no more than the parser would.
    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "ol", "ul",
        "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title",
    };

    private static readonly HashSet<string> TableScope = new(StringComparer.Ordinal) { "html", "table", "template" };

    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal)
    {
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup",
    };

    // Start tags that close an open paragraph.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "listing", "search", "section", "summary", "table", "ul", "li", "dd", "dt",
    };

    // Start tags that close an element of the same name on top of the stack.
    private static readonly HashSet<string> ClosesItself = new(StringComparer.Ordinal)
    {
        "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "rtc", "tbody", "thead", "tfoot",
    };

    /// <summary>The page with the tags beyond the limits removed, or <paramref name="html"/> itself when none are.</summary>
    public static string Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scan = new Scan(html);
        scan.Run();
        return scan.Result();
    }

    /// <summary>One pass over one page: the open elements as the parser would hold them, and the tags to drop.</summary>
    private sealed class Scan(string html)
    {
        // The open elements, innermost last; for each, the position of the innermost boundary at or
        // below it for each kind of search, so that a search is one look-up instead of a walk.
        private readonly List<string> open = [];
        private readonly List<int> scopeBelow = [];
        private readonly List<int> tableScopeBelow = [];
        private readonly List<int> specialBelow = [];
        private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> droppedEnds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> activeFormatting = new(StringComparer.Ordinal);
        private readonly List<(int Start, int End, bool Space)> cuts = [];
        private int active;
        private int foreign;

        public void Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    return;
                }

                var next = html[lt + 1];
                if (next == '!' || next == '?')
                {
                    i = SkipMarkup(lt);
                }
                else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                {
                    i = EndTag(lt);
                }
                else if (char.IsAsciiLetter(next))
                {
                    i = StartTag(lt);
                }
                else
                {
                    i = lt + 1;
                }
            }
        }

        public string Result()
        {
            if (cuts.Count == 0)
            {
                return html;
            }

            var builder = new StringBuilder(html.Length);
            var from = 0;
            foreach (var (start, end, space) in cuts)
            {
                builder.Append(html, from, start - from);
                if (space)
                {
                    builder.Append(' ');
                }

                from = end;
            }

            builder.Append(html, from, html.Length - from);
            return builder.ToString();
        }

        // Comments, doctypes, CDATA and processing instructions: skipped whole.
        private int SkipMarkup(int lt)
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }

            var gt = html.IndexOf('>', lt + 2);
            return gt < 0 ? html.Length : gt + 1;
        }

        private int EndTag(int lt)
        {
            var (name, nameEnd) = Name(lt + 2);
            var gt = html.IndexOf('>', nameEnd);
            var end = gt < 0 ? html.Length : gt + 1;
            if (droppedEnds.TryGetValue(name, out var pending) && pending > 0)
            {
                droppedEnds[name] = pending - 1;
                cuts.Add((lt, end, !Formatting.Contains(name)));
                return end;
            }

            if (Formatting.Contains(name) && activeFormatting.TryGetValue(name, out var count) && count > 0)
            {
                activeFormatting[name] = count - 1;
                active--;
            }

            Close(name);
            return end;
        }

        private int StartTag(int lt)
        {
            var (name, nameEnd) = Name(lt + 1);
            var (end, selfClosing) = TagEnd(nameEnd);
            if (Void.Contains(name) || (selfClosing && (foreign > 0 || name is "svg" or "math")))
            {
                return end;
            }

            ImpliedEnds(name);
            var formatting = Formatting.Contains(name);
            if (name == "a" && activeFormatting.TryGetValue("a", out var links) && links > 0)
            {
                // A new link closes the one still open (the parser's adoption agency).
                activeFormatting["a"] = links - 1;
                active--;
                Close("a");
            }

            var tooDeep = open.Count >= MaxDepth && !RawText.Contains(name);
            var tooManyFormatting = formatting && name != "a" && active >= MaxOpenFormatting;
            if (tooDeep || tooManyFormatting)
            {
                droppedEnds[name] = droppedEnds.GetValueOrDefault(name) + 1;
                cuts.Add((lt, end, !formatting));
                return end;
            }

            if (formatting)
            {
                activeFormatting[name] = activeFormatting.GetValueOrDefault(name) + 1;
                active++;
            }

            if (name == "plaintext")
            {
                return html.Length;
            }

            if (RawText.Contains(name))
            {
                // Its content is text: skip to its end tag, which closes it.
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    return html.Length;
                }

                var gt = html.IndexOf('>', close);
                return gt < 0 ? html.Length : gt + 1;
            }

            Push(name);
            return end;
        }

        // What a start tag closes before it opens: a paragraph still open in scope, and an element
        // of its own kind (li, td, option…) when that is the innermost.
        private void ImpliedEnds(string name)
        {
            if (ClosesParagraph.Contains(name))
            {
                var p = Find("p", scopeBelow);
                if (p >= 0)
                {
                    PopTo(p);
                }
            }

            if (ClosesItself.Contains(name) && open.Count > 0 && string.Equals(open[^1], name, StringComparison.Ordinal))
            {
                PopTo(open.Count - 1);
            }
        }

        private void Close(string name)
        {
            int index;
            if (TableParts.Contains(name))
            {
                index = Find(name, tableScopeBelow);
            }
            else if (Special.Contains(name))
            {
                index = Find(name, scopeBelow);
            }
            else
            {
                // An ordinary end tag (span, b, font…) closes nothing past a special element.
                index = Find(name, specialBelow);
            }

            if (index >= 0)
            {
                PopTo(index);
            }
        }

        // The innermost open element called name, if no boundary of the search's kind is open inside
        // it; -1 otherwise.
        private int Find(string name, List<int> boundaryBelow)
        {
            if (!positions.TryGetValue(name, out var at) || at.Count == 0)
            {
                return -1;
            }

            var index = at[^1];
            return boundaryBelow[^1] <= index ? index : -1;
        }

        private void Push(string name)
        {
            var index = open.Count;
            open.Add(name);
            scopeBelow.Add(Scope.Contains(name) ? index : index > 0 ? scopeBelow[^1] : -1);
            tableScopeBelow.Add(TableScope.Contains(name) ? index : index > 0 ? tableScopeBelow[^1] : -1);
            specialBelow.Add(Special.Contains(name) ? index : index > 0 ? specialBelow[^1] : -1);
            if (!positions.TryGetValue(name, out var at))
            {
                positions[name] = at = [];
            }

            at.Add(index);
            if (name is "svg" or "math")
            {
                foreign++;
            }
        }

        private void PopTo(int index)
        {
            for (var i = open.Count - 1; i >= index; i--)
            {
                var name = open[i];
                var at = positions[name];
                at.RemoveAt(at.Count - 1);
                if (name is "svg" or "math")
                {
                    foreign = Math.Max(0, foreign - 1);
                }
            }

            var count = open.Count - index;
            open.RemoveRange(index, count);
            scopeBelow.RemoveRange(index, count);
            tableScopeBelow.RemoveRange(index, count);
            specialBelow.RemoveRange(index, count);
        }

        // A tag name, lower-cased (ASCII), and where it ends.
        private (string Name, int End) Name(int start)
        {
            var end = start;
            while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('>' or '/'))
            {
                end++;
            }

            return (html[start..end].ToLowerInvariant(), end);
        }

        // Where a start tag ends (after its '>'), skipping quoted attribute values, and whether it
        // ends with "/>".
        private (int End, bool SelfClosing) TagEnd(int from)
        {
            var afterEquals = false;
            for (var i = from; i < html.Length; i++)
            {
                var c = html[i];
                if (c == '>')
                {
                    return (i + 1, i > from && html[i - 1] == '/');
                }

                if (afterEquals && c is '"' or '\'')
                {
                    var close = html.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        return (html.Length, false);
                    }

                    i = close;
                    afterEquals = false;
                }
                else if (c == '=')
                {
                    afterEquals = true;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    afterEquals = false;
                }
            }

            return (html.Length, false);
        }
    }
}
