using Whereabouts.Ingestion.Documents;
using Whereabouts.Ingestion.Text;
using Whereabouts.Engines;

namespace Whereabouts.Ingestion;

/// <summary>
/// Reads an article out of an HTML page or a plain-text file: decompresses <c>.gz</c> (at most
/// 20 MB decompressed), detects the encoding (byte-order mark, the page's declared charset, else
/// strict UTF-8), and returns the main text without page furniture, with the metadata the document
/// states. HTML or text is chosen by extension (<c>.html</c>, <c>.htm</c>, <c>.txt</c>, also under
/// <c>.gz</c>) and, for other names, by sniffing the first bytes.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads the article in <paramref name="content"/>; <paramref name="fileName"/> picks the format and names the document in errors.</summary>
    /// <exception cref="IngestionInputException">The document is too large, not valid gzip, binary or not decodable.</exception>
    public static Article Read(Stream content, string fileName)
    {
        var document = DocumentLoader.Load(content, fileName);
        return document.Kind switch
        {
            DocumentKind.Html => HtmlArticleExtractor.Extract(document.Text, fileName),
            DocumentKind.PlainText => PlainTextArticleExtractor.Extract(document.Text, fileName),
            _ => throw new InvalidOperationException($"unknown document kind {document.Kind}"),
        };
    }

    /// <summary>Reads the article in the file at <paramref name="path"/> (its file name names it).</summary>
    /// <exception cref="IngestionInputException">The file is missing, too large, not valid gzip, binary or not decodable.</exception>
    public static Article Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestionInputException(fileName, EngineText.Of($"cannot be opened: {e.Message}"), e);
        }

        using (stream)
        {
            return Read(stream, fileName);
        }
    }
}
