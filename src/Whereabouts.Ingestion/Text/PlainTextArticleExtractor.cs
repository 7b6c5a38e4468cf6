using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// Reads a plain-text article: optional header lines (<c>date 2021-01-12</c>, <c>title: …</c>,
/// <c>author: …</c>, <c>by …</c>, <c>source: …</c>), a headline, paragraphs separated by blank
/// lines; and cuts what scraped text drags along after the article: an author blurb, a share or
/// related-links line, a comment thread (a "Comments" heading, numbered "1. Name says:" entries,
/// "Reply" lines) and moderation notices.
/// </summary>
internal static partial class PlainTextArticleExtractor
{
    private static readonly string[] NameSeparators = [",", " and ", ";"];

    public static Article Extract(string text, string fileName)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        string? title = null, site = null;
        DateOnly? published = null;
        var authors = new List<string>();

        var index = 0;
        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var header = HeaderLine().Match(line);
            var value = header.Groups["value"].Value.Trim();
            var key = header.Groups["key"].Value.ToLowerInvariant();
            if (!header.Success || (key is "date" or "published" or "дата" && DateText.Parse(value) is null))
            {
                break;
            }

            switch (key)
            {
                case "date" or "published" or "дата":
                    published ??= DateText.Parse(value);
                    break;
                case "title" or "headline":
                    title ??= value;
                    break;
                case "source" or "site":
                    site ??= value;
                    break;
                default:
                    authors.AddRange(value.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
            }
        }

        var paragraphs = Paragraphs(lines, index);

        // A short first paragraph without a full stop, followed by more text, is the headline.
        if (paragraphs.Count > 1 && paragraphs[0].Length <= 200 && !EndsSentence(paragraphs[0]))
        {
            title ??= paragraphs[0];
            if (string.Equals(title, paragraphs[0], StringComparison.Ordinal))
            {
                paragraphs.RemoveAt(0);
            }
        }

        if (paragraphs.Count > 0 && Boilerplate.Byline().IsMatch(paragraphs[0]))
        {
            if (authors.Count == 0)
            {
                authors.AddRange(ByWord().Replace(paragraphs[0], "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count > 0 && published is null)
        {
            published = DateText.Dateline(paragraphs[0]);
        }

        return new Article(fileName, title, published, authors.Distinct(StringComparer.Ordinal).ToList(), site, CutTail(paragraphs));
    }

    private static List<string> Paragraphs(string[] lines, int start)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            // A blank line ends a paragraph; a furniture line (a comment's header or its "Reply", a
            // "Leave a reply", a share line) is a paragraph of its own, since text copied from a
            // browser often has no blank lines around it.
            var furniture = line.Length > 0 && IsFurnitureLine(line);
            if (line.Length == 0 || furniture)
            {
                Add();
            }

            if (line.Length > 0)
            {
                current.Add(line);
            }

            if (furniture)
            {
                Add();
            }
        }

        Add();
        return paragraphs;

        void Add()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(HtmlMetadataReader.Collapse(string.Join(' ', current)));
                current.Clear();
            }
        }
    }

    private static bool IsFurnitureLine(string line)
    {
        var cues = FurnitureCues.Instance;
        return CommentEntry().IsMatch(line) || Boilerplate.TailHeading().IsMatch(line) || cues.IsTail(line) || cues.IsReply(line)
            || cues.IsCommentHeader(line) || cues.IsShareLine(line);
    }

    // Everything from the first tail marker on (a comment thread, a reply form, an author's blurb)
    // is not the article; a closing biography or contact line is cut too, and furniture lines are
    // dropped wherever they are.
    private static List<string> CutTail(List<string> paragraphs)
    {
        var cues = FurnitureCues.Instance;
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (cues.IsReply(paragraph))
            {
                // A "Reply" link closes a reader's comment that came without a heading: the comment
                // and the short name and date lines above it go too.
                RemoveComment(kept);
                break;
            }

            if (kept.Count > 0 && (Boilerplate.TailHeading().IsMatch(paragraph) || cues.IsTail(paragraph) || CommentEntry().IsMatch(paragraph)
                || cues.IsCommentHeader(paragraph) || AuthorBlurb().IsMatch(paragraph)))
            {
                break;
            }

            if ((paragraph.Length < 120 && Boilerplate.FurnitureLine().IsMatch(paragraph)) || cues.IsShareLine(paragraph))
            {
                continue;
            }

            kept.Add(paragraph);
        }

        while (kept.Count > 1 && cues.IsBio(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    private static void RemoveComment(List<string> kept)
    {
        if (kept.Count > 1)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        for (var header = 0; header < 3 && kept.Count > 1 && (kept[^1].Length <= 40 || (kept[^1].Length <= 80 && !EndsSentence(kept[^1]))); header++)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or ':' or '։';

    /// <summary>"date 2021-01-12", "Date: 12 January 2021", "title: …", "author: …", "source: …".</summary>
    [GeneratedRegex(@"^(?:(?<key>date|published|дата)\s*:?\s+(?<value>\d.{0,40})|(?<key>title|headline|source|site|author|authors)\s*:\s*(?<value>\S.{0,200}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?:by|written by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByWord();

    /// <summary>
    /// "1. Name says:", "#2 Name wrote:", "Name replied:", a lone "Reply". Not "1. Name Surname" alone:
    /// a numbered list of names is what a list of the missing looks like.
    /// </summary>
    [GeneratedRegex(@"^(?:#?\d{1,4}[.)]?\s+\S.{0,60}?\s(?:says|said|wrote|writes|replied|пишет|написал\w*)\s*:|\S.{0,60}?\s(?:says|replied|wrote):$|reply$|report( comment)?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentEntry();

    /// <summary>"About the author: …", or "Jane Doe is a reporter/journalist/… at …" (the blurb under an article).</summary>
    [GeneratedRegex(@"^(?:(?i:about the author)\b.*|(?:\p{Lu}[\p{L}.'\-]*\s){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s){0,4}(?:reporter|journalist|writer|correspondent|editor|columnist|author|contributor|photographer|freelancer)\b.{0,300})$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBlurb();
}
