namespace Whereabouts.Application.Ingestion;

/// <summary>An article or statement handed to the registry, uploaded as a file or pasted.</summary>
/// <param name="FileName">The file's name; its extension says how to read it (.html, .htm, .txt, or
/// either gzipped). Pasted text gets a name from <see cref="Pasted"/>.</param>
/// <param name="Content">The document's bytes, as received.</param>
/// <param name="Kind">The kind of source (a <c>SourceKind</c> name); NewsArticle when blank.</param>
/// <param name="Reliability">Reliability A–F; F (cannot be judged) when blank.</param>
/// <param name="Title">A title to use instead of the one read from the document.</param>
/// <param name="Url">Where the document was found.</param>
public sealed record DocumentSubmission(
    string FileName,
    byte[] Content,
    string? Kind = null,
    string? Reliability = null,
    string? Title = null,
    string? Url = null)
{
    /// <summary>
    /// A submission of pasted text: read as HTML when it starts with markup, otherwise as plain
    /// text (where a first line "date YYYY-MM-DD" gives the publication date).
    /// </summary>
    public static DocumentSubmission Pasted(string text, string? kind = null, string? reliability = null, string? title = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var looksLikeHtml = text.TrimStart().StartsWith('<');
        return new DocumentSubmission(looksLikeHtml ? "pasted.html" : "pasted.txt", System.Text.Encoding.UTF8.GetBytes(text), kind, reliability, title, url);
    }
}
