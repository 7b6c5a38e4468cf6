using System.Text.Json;
using AngleSharp.Dom;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// Reads title, publication date, authors and site name from an HTML page: Open Graph and article
/// meta tags, Dublin Core and other common meta names, JSON-LD (<c>headline</c>, <c>datePublished</c>,
/// <c>author</c>, <c>publisher</c>, also inside <c>@graph</c>), <c>&lt;time datetime&gt;</c> and
/// <c>&lt;title&gt;</c>. Meta tags come first, since they describe this page and not, say, a list of
/// articles a JSON-LD block may describe too.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "headline"];
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
        "parsely-pub-date", "article.published", "published_time", "cxenseparse:recs:publishtime",
    ];
    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"];
    private static readonly string[] NameSeparators = [",", " and ", ";", " & "];
    private static readonly string[] SiteKeys = ["og:site_name", "application-name", "twitter:site"];

    public static ArticleMetadata Read(IDocument document)
    {
        var meta = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!meta.TryGetValue(key.Trim(), out var values))
            {
                meta[key.Trim()] = values = [];
            }

            values.Add(Collapse(value));
        }

        var linked = JsonLd.Read(document);

        var title = First(meta, TitleKeys) ?? linked.Title ?? TitleElement(document);
        var published = FirstDate(meta) ?? DateText.Parse(linked.Published) ?? TimeElement(document);
        var authors = new List<string>();
        foreach (var key in AuthorKeys)
        {
            if (meta.TryGetValue(key, out var values))
            {
                foreach (var value in values)
                {
                    AddAuthors(authors, value);
                }
            }
        }

        foreach (var author in linked.Authors)
        {
            AddAuthors(authors, author);
        }

        var site = First(meta, SiteKeys) ?? linked.Site;
        if (site is not null && site.StartsWith('@'))
        {
            site = linked.Site ?? site[1..];
        }

        return new ArticleMetadata(title, published, authors, site);
    }

    /// <summary>Collapses runs of white space (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? First(Dictionary<string, List<string>> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values[0];
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(Dictionary<string, List<string>> meta)
    {
        foreach (var key in DateKeys)
        {
            if (meta.TryGetValue(key, out var values))
            {
                foreach (var value in values)
                {
                    if (DateText.Parse(value) is { } date)
                    {
                        return date;
                    }
                }
            }
        }

        return null;
    }

    private static string? TitleElement(IDocument document)
    {
        var h1 = document.QuerySelector("h1");
        if (h1 is not null && Collapse(h1.TextContent) is { Length: > 0 } heading)
        {
            return heading;
        }

        return document.Title is { } title && Collapse(title) is { Length: > 0 } collapsed ? collapsed : null;
    }

    private static DateOnly? TimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime], [itemprop=datePublished]"))
        {
            if (DateText.Parse(time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? time.TextContent) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // A meta author may be a profile URL (article:author on Facebook's scheme) or "A and B".
    private static void AddAuthors(List<string> authors, string value)
    {
        if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith('@'))
        {
            return;
        }

        foreach (var part in value.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? part[3..].Trim() : part;
            if (name.Length > 1 && name.Length < 80 && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                authors.Add(name);
            }
        }
    }

    /// <summary>The article facts found in the page's JSON-LD blocks.</summary>
    private sealed record JsonLd(string? Title, string? Published, IReadOnlyList<string> Authors, string? Site)
    {
        private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "WebPage", "Report", "LiveBlogPosting", "OpinionNewsArticle"];

        public static JsonLd Read(IDocument document)
        {
            string? title = null, published = null, site = null;
            var authors = new List<string>();
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    foreach (var node in Nodes(json.RootElement))
                    {
                        if (!IsArticle(node))
                        {
                            continue;
                        }

                        title ??= StringOf(node, "headline") ?? StringOf(node, "name");
                        published ??= StringOf(node, "datePublished") ?? StringOf(node, "dateCreated");
                        if (authors.Count == 0 && node.TryGetProperty("author", out var author))
                        {
                            authors.AddRange(Names(author));
                        }

                        if (site is null && node.TryGetProperty("publisher", out var publisher))
                        {
                            site = Names(publisher).FirstOrDefault();
                        }
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common (stray HTML, unescaped quotes); the meta tags remain.
                }
            }

            return new JsonLd(title, published, authors, site);
        }

        private static IEnumerable<JsonElement> Nodes(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var node in Nodes(item))
                    {
                        yield return node;
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                {
                    foreach (var node in Nodes(graph))
                    {
                        yield return node;
                    }
                }
            }
        }

        private static bool IsArticle(JsonElement node)
        {
            if (!node.TryGetProperty("@type", out var type))
            {
                return false;
            }

            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
            return types.Any(t => ArticleTypes.Contains(t, StringComparer.Ordinal));
        }

        private static string? StringOf(JsonElement node, string property) =>
            node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && Collapse(value.GetString()!) is { Length: > 0 } text
                ? text
                : null;

        private static IEnumerable<string> Names(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    yield return Collapse(value.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        foreach (var name in Names(item))
                        {
                            yield return name;
                        }
                    }

                    break;
                case JsonValueKind.Object when StringOf(value, "name") is { } name:
                    yield return name;
                    break;
            }
        }
    }
}
