namespace Whereabouts.Ingestion.Documents;

/// <summary>How a document's text is to be read.</summary>
internal enum DocumentKind
{
    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>Plain text: paragraphs separated by blank lines.</summary>
    PlainText,
}
