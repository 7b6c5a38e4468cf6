namespace Whereabouts.Ingestion;

/// <summary>
/// The readable part of one document: its main text as paragraphs, without navigation, share bars,
/// related links, advertisements, author biographies or comment threads, and the metadata the page
/// states about itself.
/// </summary>
/// <param name="FileName">The name the document was read under (for messages and provenance).</param>
/// <param name="Title">The headline, or null when the document states none.</param>
/// <param name="Published">
/// The publication date the document states (meta tags, JSON-LD, a dateline or a leading
/// <c>date YYYY-MM-DD</c> line), as a calendar date without time zone; null when none was found.
/// </param>
/// <param name="Authors">The authors named by the document, in order, without duplicates; empty when none.</param>
/// <param name="Site">The publication's name (for example from <c>og:site_name</c>), or null.</param>
/// <param name="Paragraphs">The main text, one entry per paragraph, whitespace collapsed; empty when none was found.</param>
public sealed record Article(
    string FileName,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<string> Authors,
    string? Site,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>The main text: the paragraphs joined by a line feed.</summary>
    public string Text => string.Join('\n', Paragraphs);

    /// <summary>The language the headline and main text are written in, as an ISO 639-1 code
    /// (<c>en</c>, <c>ru</c>, <c>hy</c>, <c>az</c>, <c>tr</c>), or <c>und</c> when it cannot be told;
    /// see <see cref="Claims.Languages.LanguageDetector"/>. Count claims are read in this language.</summary>
    public string Language => Claims.Languages.LanguageDetector.Detect([Title ?? string.Empty, .. Paragraphs]);
}
