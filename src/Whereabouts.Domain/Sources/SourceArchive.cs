namespace Whereabouts.Domain;

/// <summary>
/// The registry's own copy of a source's document: the bytes as they were received (an HTML page,
/// a text file, pasted text), the main text read from them, and their SHA-256. A page can change or
/// vanish after it is cited; the copy and its hash show what the claims were read from.
/// </summary>
/// <remarks>An archive is written once and never changed: different content is a different source
/// (<see cref="Source.RecordArchivedContent"/>).</remarks>
public sealed class SourceArchive
{
    /// <summary>The most the registry archives for one source (a long news page is well under 2 MB).</summary>
    public const int MaxContentBytes = 20 * 1024 * 1024;

    /// <summary>Archives a document for a source, recording its hash on the source.</summary>
    /// <exception cref="DomainRuleException">The document is empty or too large, a name is missing, or
    /// the source already has different content.</exception>
    public SourceArchive(Source source, string fileName, string mediaType, byte[] content, string text, string archivedBy, DateTimeOffset archivedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainRuleException("archive.empty", "An empty document cannot be archived.");
        }

        if (content.Length > MaxContentBytes)
        {
            throw new DomainRuleException("archive.too-large", $"The document is {content.Length:N0} bytes; the registry archives at most {MaxContentBytes:N0}.");
        }

        if (TextValue.OrNull(fileName) is null || string.IsNullOrWhiteSpace(mediaType))
        {
            throw new DomainRuleException("archive.name-required", "An archived document needs a file name and a media type.");
        }

        if (TextValue.OrNull(archivedBy) is null)
        {
            throw new DomainRuleException("archive.archiver-required", "An archived document must say who archived it.");
        }

        SourceId = source.Id;
        Sha256 = source.RecordArchivedContent(content);
        FileName = TextValue.OrNull(fileName)!;
        MediaType = mediaType.Trim();
        Content = content;
        Text = text ?? string.Empty;
        ArchivedBy = TextValue.OrNull(archivedBy)!;
        ArchivedAt = archivedAt.ToUniversalTime();
    }

    // For the storage layer.
    private SourceArchive()
    {
        Sha256 = null!;
        FileName = null!;
        MediaType = null!;
        Content = null!;
        Text = null!;
        ArchivedBy = null!;
    }

    /// <summary>The source this is the copy of.</summary>
    public Guid SourceId { get; private init; }

    /// <summary>SHA-256 of <see cref="Content"/>, 64 lowercase hex digits.</summary>
    public string Sha256 { get; private init; }

    /// <summary>The name the document came with ("statement.html", or "pasted.txt").</summary>
    public string FileName { get; private init; }

    /// <summary>"text/html" or "text/plain" (gzipped documents are kept as received).</summary>
    public string MediaType { get; private init; }

    /// <summary>The document's bytes as received.</summary>
    public byte[] Content { get; private init; }

    /// <summary>The main text read from the document, paragraphs separated by newlines.</summary>
    public string Text { get; private init; }

    /// <summary>The account that archived it.</summary>
    public string ArchivedBy { get; private init; }

    /// <summary>When it was archived.</summary>
    public DateTimeOffset ArchivedAt { get; private init; }
}
