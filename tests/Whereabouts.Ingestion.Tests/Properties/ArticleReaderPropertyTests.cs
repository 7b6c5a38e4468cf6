using CsCheck;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>
/// The article reader on any bytes under any file name: an article, or the documented
/// <see cref="IngestionInputException"/>, within the time limit.
/// </summary>
public sealed class ArticleReaderPropertyTests
{
    private static readonly Gen<string> FileName = Gen.OneOf("a.html", "a.htm", "a.txt", "a.html.gz", "a.txt.gz", "a.gz", "a", "a.bin", ".html", "статья.html", string.Empty);

    [Fact]
    public void Read_HostileHtmlBytes_ReturnsAnArticleOrAnInputError()
    {
        Gen.Select(HostileInput.DocumentBytes(HostileInput.HtmlDocument), FileName).Sample(
            (bytes, name) => HostileInput.ReturnsOrRefuses<IngestionInputException>(() => Check(ArticleReader.Read(new MemoryStream(bytes, writable: false), name))),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void Read_HostileTextBytes_ReturnsAnArticleOrAnInputError()
    {
        Gen.Select(HostileInput.DocumentBytes(HostileInput.Text), FileName).Sample(
            (bytes, name) => HostileInput.ReturnsOrRefuses<IngestionInputException>(() => Check(ArticleReader.Read(new MemoryStream(bytes, writable: false), name))),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void Read_HtmlAsDecodedText_ReturnsAnArticle()
    {
        // Valid UTF-8 with an HTML name is always decodable, so it must come back as an article.
        HostileInput.HtmlDocument.Select(HostileInput.Text, (html, text) => html + text).Sample(
            html => HostileInput.Returns(() =>
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(html.Replace('\0', ' ').Replace("\ud800", string.Empty, StringComparison.Ordinal).Replace("\udc00", string.Empty, StringComparison.Ordinal));
                try
                {
                    Check(ArticleReader.Read(new MemoryStream(bytes, writable: false), "page.html"));
                }
                catch (IngestionInputException e) when (e.Reason.Contains("binary", StringComparison.Ordinal))
                {
                    // Control characters may make the sniffer call it binary: a refusal the reader documents.
                }
            }),
            iter: HostileInput.Iterations);
    }

    private static void Check(Article article)
    {
        Assert.NotNull(article.Text);
        Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrEmpty(p)));
    }
}
