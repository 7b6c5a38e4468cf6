using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// Finds an HTML page's article body. The page's nesting is bounded first
/// (<see cref="HtmlNestingLimiter"/>), so that parsing and every walk below are linear in its size;
/// the walks are iterative. Then: drop what is never text (scripts, forms' controls, hidden elements)
/// and what templates name as furniture (share bars, related links, comment threads, bios), and boxes
/// of links inside paragraphs; cut the rest into text blocks and score the elements that hold them by
/// how much unlinked, sentence-like text they gather (the idea of Readability's scoring); keep the
/// best container, its siblings that score alike and its look-alikes nearby (a body split into
/// chunks, a live blog's entries), preferring the one article that holds the headline over a box of
/// several; drop the blocks inside that are link lists or furniture lines. Never empty: when nothing
/// is left, the best block, else all visible text.
/// </summary>
internal static class HtmlArticleExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "menu", "dialog", "figcaption",
        "link", "meta", "head", "picture", "source", "map",
    };

    // How far up from the chosen container to look for the other blocks of a split body.
    private const int LookAlikeLevels = 3;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "form", "fieldset",
        "address", "center", "body", "hr", "details", "summary",
    };

    public static Article Extract(string html, string fileName)
    {
        // Bounded nesting first: the parser's time and every walk below are then linear in the page.
        var document = new HtmlParser().ParseDocument(HtmlNestingLimiter.Limit(html));
        var metadata = HtmlMetadataReader.Read(document);
        var body = document.Body;
        List<string> paragraphs = body is null ? [] : MainText(body, metadata.Title);
        var published = metadata.Published ?? (paragraphs.Count > 0 ? DateText.Dateline(paragraphs[0]) : null);
        return new Article(fileName, metadata.Title, published, metadata.Authors, metadata.Site, paragraphs);
    }

    private static List<string> MainText(IElement body, string? title)
    {
        // Tags first, so that the page's length that protects big containers counts visible text only.
        Clean(body, element => IsJunkElement(element));
        var pageTextLength = body.TextContent.Length;
        Clean(body, element => IsFurnitureByName(element, pageTextLength));
        RemoveInlineLinkBoxes(body);
        var blocks = Blocks(body);
        if (blocks.Count == 0)
        {
            return [];
        }

        var chosen = Choose(body, blocks);
        var paragraphs = Paragraphs(blocks, chosen, body, title);
        return paragraphs.Count > 0 ? paragraphs : Fallback(blocks);
    }

    // A page always gives some text: when the rules leave nothing, the best-scoring block (the
    // longest one that is not mostly links), else all the page's visible text.
    private static List<string> Fallback(List<Block> blocks)
    {
        Block? best = null;
        foreach (var block in blocks)
        {
            if (block.LinkDensity <= 0.5 && (best is null || block.Text.Length > best.Text.Length))
            {
                best = block;
            }
        }

        return best is not null ? [best.Text] : blocks.Select(b => b.Text).ToList();
    }

    // A box of links inside a paragraph (a hover card on a person's name, an inline "related"
    // list) is not the sentence around it: an element within a paragraph holding three links or
    // more and almost nothing else.
    private static void RemoveInlineLinkBoxes(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            foreach (var element in paragraph.QuerySelectorAll("span, div, ul"))
            {
                var links = element.QuerySelectorAll("a");
                if (links.Length < 3)
                {
                    continue;
                }

                var text = element.TextContent.AsSpan().Trim().Length;
                var linked = 0;
                foreach (var link in links)
                {
                    linked += link.TextContent.AsSpan().Trim().Length;
                }

                if (text >= 80 && linked >= text * 0.9)
                {
                    doomed.Add(element);
                }
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    // Removes elements that never hold article text or that templates name as furniture. Iterative,
    // like every walk here: a recursion as deep as the page's nesting could overflow the stack.
    private static void Clean(IElement root, Func<IElement, bool> isJunk)
    {
        var doomed = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            // By index: AngleSharp finds a node's next sibling by searching its parent's children, so
            // following NextSibling across a wide page would take quadratic time.
            var children = pending.Pop().ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                if (isJunk(child))
                {
                    doomed.Add(child);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsJunkElement(IElement element)
    {
        var tag = element.LocalName;
        if (Dropped.Contains(tag) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true" || element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog")
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return false;
    }

    private static bool IsFurnitureByName(IElement element, int pageTextLength)
    {
        var names = element.ClassName + " " + element.Id;
        if (names.Length <= 1 || element.LocalName is "body" or "html")
        {
            return false;
        }

        // "social-media-embed", "embed-twitter": a post quoted in the article, not a share bar.
        if (!Boilerplate.NegativeName().IsMatch(names) || names.Contains("embed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "article-body has-share-bar", "post tag-elections": a furniture word on the element that
        // holds the article. Keep an element that holds half the page's text whatever its name, and
        // one that also has an article word when it holds a good part of it.
        var share = (double)element.TextContent.Length / Math.Max(1, pageTextLength);
        return share < 0.5 && (share < 0.25 || !Boilerplate.PositiveName().IsMatch(names));
    }

    /// <summary>A run of text between block boundaries, with the element that holds it.</summary>
    private sealed class Block(IElement owner, string text, int linkLength)
    {
        public IElement Owner { get; } = owner;

        public string Text { get; } = text;

        public int LinkLength { get; } = linkLength;

        public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
    }

    /// <summary>An element the block walk is inside: what to restore when it is left.</summary>
    private readonly record struct Level(IElement Element, IElement ParentOwner, bool ParentInLink, bool IsBlock, INodeList Siblings, int Next);

    // Cuts the text into blocks in document order: a block element starts and ends a block, two
    // line breaks in a row end one. Iterative, with the open elements on a list of its own, and
    // children read by index (see Clean).
    private static List<Block> Blocks(IElement body)
    {
        var blocks = new List<Block>();
        var text = new StringBuilder();
        var linkLength = 0;
        var levels = new List<Level>();
        var owner = body;
        var inLink = false;
        var siblings = body.ChildNodes;
        var index = 0;
        while (true)
        {
            if (index >= siblings.Length)
            {
                if (levels.Count == 0)
                {
                    break;
                }

                var level = levels[^1];
                levels.RemoveAt(levels.Count - 1);
                if (level.IsBlock)
                {
                    Flush(level.Element);
                }

                owner = level.ParentOwner;
                inLink = level.ParentInLink;
                siblings = level.Siblings;
                index = level.Next;
                continue;
            }

            var node = siblings[index];
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                if (inLink)
                {
                    linkLength += textNode.Data.AsSpan().Trim().Length;
                }
            }
            else if (node is IElement element)
            {
                var tag = element.LocalName;
                if (tag == "br")
                {
                    // Two line breaks in a row separate paragraphs; one is a line inside one.
                    var next = index + 1 < siblings.Length ? siblings[index + 1] : null;
                    var afterNext = index + 2 < siblings.Length ? siblings[index + 2] : null;
                    if (next is IElement { LocalName: "br" } || (next is IText t && string.IsNullOrWhiteSpace(t.Data) && afterNext is IElement { LocalName: "br" }))
                    {
                        Flush(owner);
                    }
                    else
                    {
                        text.Append(' ');
                    }
                }
                else
                {
                    var isBlock = BlockTags.Contains(tag);
                    if (isBlock)
                    {
                        Flush(owner);
                    }

                    levels.Add(new Level(element, owner, inLink, isBlock, siblings, index + 1));
                    owner = isBlock ? element : owner;
                    inLink = inLink || tag == "a";
                    siblings = element.ChildNodes;
                    index = 0;
                    continue;
                }
            }

            index++;
        }

        Flush(body);
        return blocks;

        void Flush(IElement blockOwner)
        {
            var collapsed = HtmlMetadataReader.Collapse(text.ToString());
            if (collapsed.Length > 0)
            {
                blocks.Add(new Block(blockOwner, collapsed, Math.Min(linkLength, collapsed.Length)));
            }

            text.Clear();
            linkLength = 0;
        }
    }

    // Scores each block's parent (fully), grandparent (half) and great-grandparent (a third) by the
    // block's length and commas, and picks the element with the best score after discounting links.
    private static HashSet<IElement> Choose(IElement body, List<Block> blocks)
    {
        var scores = new Dictionary<IElement, double>();
        var lengths = new Dictionary<IElement, (int Text, int Links)>();
        foreach (var block in blocks)
        {
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                lengths.TryGetValue(e, out var l);
                lengths[e] = (l.Text + block.Text.Length, l.Links + block.LinkLength);
                if (e == body)
                {
                    break;
                }
            }

            if (block.Text.Length < 25 || block.LinkDensity > 0.5 || block.Owner.LocalName is "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt")
            {
                continue;
            }

            var score = 1 + Commas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            var container = block.Owner.LocalName is "p" or "pre" or "blockquote" or "td" ? block.Owner.ParentElement : block.Owner;
            for (var level = 0; container is not null && level < 3; level++, container = container.ParentElement)
            {
                scores.TryGetValue(container, out var s);
                scores[container] = s + (level == 0 ? score : level == 1 ? score / 2.0 : score / 3.0);
                if (container == body)
                {
                    break;
                }
            }
        }

        IElement? top = null;
        var best = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var s = Adjusted(element, raw, lengths);
            if (s > best)
            {
                best = s;
                top = element;
            }
        }

        var chosen = new HashSet<IElement>();
        if (top is null)
        {
            chosen.Add(body);
            return chosen;
        }

        // A container that scores much like its parent is one column of several: take the parent.
        // A box of several articles (related posts, "you may like") can outscore the page's own
        // article: when the chosen container holds several articles, the one article inside it or
        // beside it that holds the headline is the page's own.
        if (top.QuerySelectorAll("article").Length >= 2 && OwnArticle(top, lengths) is { } own)
        {
            top = own;
            best = Adjusted(own, scores.GetValueOrDefault(own), lengths);
        }

        var ownArticle = top.LocalName == "article" && HasHeadline(top);
        while (top.ParentElement is { } parent && parent != body.ParentElement && !ownArticle
            && scores.TryGetValue(parent, out var parentRaw) && Adjusted(parent, parentRaw, lengths) > best * 0.9
            && lengths.GetValueOrDefault(parent).Text < lengths.GetValueOrDefault(top).Text * 1.6)
        {
            top = parent;
            best = Adjusted(parent, parentRaw, lengths);
        }

        chosen.Add(top);
        if (top.ParentElement is { } siblingsParent && top != body)
        {
            var threshold = Math.Max(10, best * 0.2);
            foreach (var node in siblingsParent.ChildNodes)
            {
                // An article with its own headline is the page's article; the articles beside it, and
                // boxes of them, are other posts (a blog's front page, "more stories").
                if (node is not IElement sibling || sibling == top
                    || (ownArticle && (sibling.LocalName == "article" || sibling.QuerySelector("article") is not null)))
                {
                    continue;
                }

                var (text, links) = lengths.GetValueOrDefault(sibling);
                var density = text == 0 ? 1 : (double)links / text;
                if ((scores.TryGetValue(sibling, out var raw) && Adjusted(sibling, raw, lengths) >= threshold)
                    || (sibling.LocalName == "p" && ((text > 80 && density < 0.25) || (text > 0 && density == 0 && EndsSentence(sibling.TextContent)))))
                {
                    chosen.Add(sibling);
                }
            }
        }

        AddLookAlikes(top, chosen, lengths, body, ownArticle);
        return chosen;
    }

    // A body split into several blocks (text between figures, ads or embeds; a live blog's entries;
    // a list article's items) repeats its container: the same element with the same classes, beside
    // the chosen one or a few levels away. Those with text and few links are part of the body too.
    private static void AddLookAlikes(IElement top, HashSet<IElement> chosen, Dictionary<IElement, (int Text, int Links)> lengths, IElement body, bool ownArticle)
    {
        var signature = top.ClassName;
        if (string.IsNullOrWhiteSpace(signature) || top == body)
        {
            return;
        }

        var ancestor = top;
        for (var level = 0; level < LookAlikeLevels && ancestor != body && ancestor.ParentElement is { } parent; level++)
        {
            ancestor = parent;
        }

        // The ancestor's descendants down to the chosen element's own depth below it, iteratively.
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((ancestor, 0));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (element == top)
            {
                continue;
            }

            if (depth > 0 && element.LocalName == top.LocalName && string.Equals(element.ClassName, signature, StringComparison.Ordinal))
            {
                var (text, links) = lengths.GetValueOrDefault(element);
                if (text > 0 && (double)links / text < 0.3 && !(ownArticle && element.LocalName == "article") && !HasHeadline(element))
                {
                    chosen.Add(element);
                }

                continue;
            }

            if (depth < LookAlikeLevels * 2)
            {
                foreach (var child in element.ChildNodes)
                {
                    if (child is IElement childElement)
                    {
                        pending.Push((childElement, depth + 1));
                    }
                }
            }
        }
    }

    // The single article with a headline and some text among the container's articles and its
    // siblings; null when there is none or more than one.
    private static IElement? OwnArticle(IElement container, Dictionary<IElement, (int Text, int Links)> lengths)
    {
        var candidates = container.QuerySelectorAll("article").AsEnumerable();
        if (container.ParentElement is { } parent)
        {
            candidates = candidates.Concat(parent.Children.Where(c => c != container && c.LocalName == "article"));
        }

        IElement? found = null;
        foreach (var candidate in candidates)
        {
            if (HasHeadline(candidate) && lengths.GetValueOrDefault(candidate).Text >= 200)
            {
                if (found is not null && !found.Contains(candidate) && !candidate.Contains(found))
                {
                    return null;
                }

                found ??= candidate;
            }
        }

        return found;
    }

    private static bool HasHeadline(IElement element) => element.QuerySelector("h1") is not null;

    private static double Adjusted(IElement element, double raw, Dictionary<IElement, (int Text, int Links)> lengths)
    {
        var (text, links) = lengths.GetValueOrDefault(element);
        var density = text == 0 ? 0 : (double)links / text;
        var names = element.ClassName + " " + element.Id;
        var weight = element.LocalName switch
        {
            "article" or "main" => 5,
            "div" or "section" => 3,
            "td" or "blockquote" or "pre" => 2,
            "form" or "ul" or "ol" or "li" or "dl" => -3,
            _ => 0,
        };
        if (names.Length > 1 && Boilerplate.PositiveName().IsMatch(names))
        {
            weight += 10;
        }

        return (raw + weight) * (1 - density);
    }

    private static List<string> Paragraphs(List<Block> blocks, HashSet<IElement> chosen, IElement body, string? title)
    {
        var kept = new List<Block>();
        foreach (var block in blocks)
        {
            if (!Inside(block.Owner, chosen, body))
            {
                continue;
            }

            if (kept.Count > 0 && (Boilerplate.TailHeading().IsMatch(block.Text) || FurnitureCues.Instance.IsTail(block.Text)))
            {
                break;
            }

            if (!IsFurniture(block, title))
            {
                kept.Add(block);
            }
        }

        // A heading with nothing after it introduced what was cut ("More stories", "Related");
        // the items of a list that ends the article stay.
        while (kept.Count > 1 && kept[^1].Owner.LocalName is not ("li" or "dd" or "dt" or "td") && IsHeadingLike(kept[^1].Text))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept.Select(b => b.Text).ToList();
    }

    private static bool IsHeadingLike(string text) => text.Length <= 60 && Words(text) <= 8 && !EndsSentence(text) && !text.EndsWith(')');

    private static bool IsFurniture(Block block, string? title)
    {
        var text = block.Text;
        // A sentence with a long link in it is still a sentence when it has words of its own.
        var ownSentence = block.Owner.LocalName == "p" && EndsSentence(text) && text.Length - block.LinkLength >= 40;
        if (block.LinkDensity > 0.5 && text.Length < 300 && !ownSentence)
        {
            return true;
        }

        if (block.Owner.LocalName == "li" && block.LinkDensity > 0.3)
        {
            return true;
        }

        if (title is not null && (text.Equals(title, StringComparison.Ordinal) || (block.Owner.LocalName == "h1" && title.Contains(text, StringComparison.Ordinal))))
        {
            return true;
        }

        if (text.Length < 120 && (Boilerplate.FurnitureLine().IsMatch(text) || Boilerplate.Byline().IsMatch(text) || FurnitureCues.Instance.IsShareLine(text)))
        {
            return true;
        }

        // A date alone on its line ("12 January 2021 09:30") is the page's stamp, not its text.
        return text.Length < 40 && DateText.Parse(text) is not null && Words(text) <= 6;
    }

    private static bool Inside(IElement element, HashSet<IElement> chosen, IElement body)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (chosen.Contains(e))
            {
                return true;
            }

            if (e == body)
            {
                return false;
            }
        }

        return false;
    }

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }

        return count;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '。' or '"' or '”';
    }
}
