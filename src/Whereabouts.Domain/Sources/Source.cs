using System.Security.Cryptography;

namespace Whereabouts.Domain;

/// <summary>
/// A document the registry's facts rest on: an article, a statement, an ICRC communication, a list,
/// a video, a family's report, a court document. Every fate assertion and every count claim names one.
/// </summary>
/// <remarks>Once the archived content of a source is recorded, its SHA-256 cannot change: a
/// different text is a different source. The descriptive details can be corrected.</remarks>
public sealed class Source
{
    /// <summary>Registers a source.</summary>
    /// <exception cref="DomainRuleException">The details are invalid (no title, a bad address).</exception>
    public Source(Guid id, SourceDetails details)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Title = null!;
        Revise(details);
    }

    // For the storage layer.
    private Source()
    {
        Title = null!;
    }

    /// <summary>The source's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>
    /// For a list published again (the detaining side's list a month later), the earlier list this
    /// one is a new version of; null for a first version or a source of another kind. What changed
    /// between the two (rows added, rows gone, fates changed) is read by comparing their entries.
    /// </summary>
    public Guid? SupersedesSourceId { get; private set; }

    /// <summary>
    /// For an imported list, the SHA-256 of its rows as read (the mapped fields of every row, in
    /// order), independent of the file's bytes: the same list saved again with a BOM, other line
    /// ends or as a workbook has the same fingerprint and is recognised as already imported.
    /// </summary>
    public string? ListFingerprint { get; private set; }

    /// <summary>What kind of document it is.</summary>
    public SourceKind Kind { get; private set; }

    /// <summary>Title or short description.</summary>
    public string Title { get; private set; }

    /// <summary>Publisher, or null.</summary>
    public string? Publisher { get; private set; }

    /// <summary>Author, or null.</summary>
    public string? Author { get; private set; }

    /// <summary>Absolute http(s) address, or null.</summary>
    public string? Url { get; private set; }

    /// <summary>Publication date, or null.</summary>
    public PartialDate? PublishedOn { get; private set; }

    /// <summary>When the registry took its copy, or null.</summary>
    public DateTimeOffset? RetrievedAt { get; private set; }

    /// <summary>Reliability A to F.</summary>
    public Reliability Reliability { get; private set; }

    /// <summary>Remarks, or null.</summary>
    public string? Notes { get; private set; }

    /// <summary>SHA-256 of the archived content as 64 lowercase hex digits, or null when nothing is archived.</summary>
    public string? ContentSha256 { get; private set; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>The current details as one value, for editing.</summary>
    public SourceDetails Details => new(Kind, Title, Publisher, Author, Url, PublishedOn, RetrievedAt, Reliability, Notes);

    /// <summary>Replaces the descriptive details.</summary>
    /// <exception cref="DomainRuleException">No title, an unknown kind or grade, or an address that is not absolute http(s).</exception>
    public void Revise(SourceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = TextValue.OrNull(details.Title);
        if (title is null)
        {
            throw new DomainRuleException("source.title-required", "A source needs a title or a short description.");
        }

        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainRuleException("source.kind", $"{(int)details.Kind} is not a kind of source.");
        }

        if (!Enum.IsDefined(details.Reliability))
        {
            throw new DomainRuleException("source.reliability", "Reliability must be a grade from A to F.");
        }

        var url = TextValue.OrNull(details.Url);
        if (url is not null
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new DomainRuleException("source.url", $"'{url}' is not an absolute http or https address.");
        }

        Kind = details.Kind;
        Title = title;
        Publisher = TextValue.OrNull(details.Publisher);
        Author = TextValue.OrNull(details.Author);
        Url = url;
        PublishedOn = details.PublishedOn;
        RetrievedAt = details.RetrievedAt?.ToUniversalTime();
        Reliability = details.Reliability;
        Notes = TextValue.OrNull(details.Notes);
    }

    /// <summary>
    /// Records the SHA-256 of content archived elsewhere: a registry snapshot carries a source's hash
    /// but not its archived bytes, and the hash is what recognises the same document when it is
    /// offered again. The same rule holds as for archiving here: a source's content never changes.
    /// </summary>
    /// <param name="sha256">The hash as 64 hex digits; stored in lowercase.</param>
    /// <exception cref="DomainRuleException">The text is not a SHA-256, or a different hash is recorded.</exception>
    public void RecordContentHash(string sha256)
    {
        var hash = (sha256 ?? string.Empty).Trim().ToLowerInvariant();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new DomainRuleException("source.content-hash", $"'{sha256}' is not a SHA-256: expected 64 hex digits.");
        }

        if (ContentSha256 is not null && !string.Equals(ContentSha256, hash, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "source.content-changed",
                $"This source's archived content has SHA-256 {ContentSha256}; different content is a different source.");
        }

        ContentSha256 = hash;
    }

    /// <summary>Records the SHA-256 of the archived content.</summary>
    /// <returns>The hash as 64 lowercase hex digits.</returns>
    /// <exception cref="DomainRuleException">Different content was archived for this source before.</exception>
    public string RecordArchivedContent(ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (ContentSha256 is not null && !string.Equals(ContentSha256, hash, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "source.content-changed",
                $"This source's archived content has SHA-256 {ContentSha256}; different content is a different source.");
        }

        ContentSha256 = hash;
        return hash;
    }

    /// <summary>Records that this list is a new version of the list <paramref name="earlierSourceId"/>.</summary>
    /// <exception cref="DomainRuleException">This source is not a list, names itself, or already names an earlier version.</exception>
    public void MarkAsNewVersionOf(Guid earlierSourceId)
    {
        if (Kind != SourceKind.List)
        {
            throw new DomainRuleException("source.version-of-list", "Only a list can be a new version of an earlier list.");
        }

        if (earlierSourceId == Guid.Empty || earlierSourceId == Id)
        {
            throw new DomainRuleException("source.version-of-itself", "A list cannot be a new version of itself.");
        }

        if (SupersedesSourceId is not null && SupersedesSourceId != earlierSourceId)
        {
            throw new DomainRuleException("source.version-recorded", "This list already names the earlier list it replaces.");
        }

        SupersedesSourceId = earlierSourceId;
    }

    /// <summary>Records the fingerprint of the list's rows as read (see <see cref="ListFingerprint"/>).</summary>
    /// <exception cref="DomainRuleException">The text is not a SHA-256, or a different fingerprint is recorded.</exception>
    public void RecordListFingerprint(string sha256)
    {
        var hash = (sha256 ?? string.Empty).Trim().ToLowerInvariant();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new DomainRuleException("source.list-fingerprint", $"'{sha256}' is not a SHA-256: expected 64 hex digits.");
        }

        if (ListFingerprint is not null && !string.Equals(ListFingerprint, hash, StringComparison.Ordinal))
        {
            throw new DomainRuleException("source.list-fingerprint-changed", "A list's rows do not change; different rows are a different list.");
        }

        ListFingerprint = hash;
    }
}
