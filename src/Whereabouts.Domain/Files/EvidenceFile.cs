namespace Whereabouts.Domain;

/// <summary>
/// The bytes of a document, image, recording or video kept as evidence, known by their SHA-256: the
/// same bytes uploaded twice, to one source or to two, are one file. The bytes themselves are kept
/// outside the database, in a store named by the hash; this record says what they are and who first
/// brought them.
/// </summary>
/// <remarks>A file never changes: different bytes have a different hash and are a different file. A
/// file is attached to sources by <see cref="SourceFile"/>s, and its verification is recorded by
/// <see cref="VerificationStep"/>s naming its hash.</remarks>
public sealed class EvidenceFile
{
    /// <summary>The longest a media type may be.</summary>
    public const int MediaTypeLength = 100;

    /// <summary>Records a file.</summary>
    /// <param name="sha256">The SHA-256 of the bytes, 64 hex digits (stored in lowercase).</param>
    /// <param name="length">The number of bytes.</param>
    /// <param name="mediaType">The media type read from the bytes themselves (not from a file name or a client's word), such as <c>video/mp4</c>.</param>
    /// <param name="addedBy">The account that first uploaded it.</param>
    /// <param name="addedAt">When.</param>
    /// <exception cref="DomainRuleException">The hash is not a SHA-256, the length is negative, or the media type or the account is missing.</exception>
    public EvidenceFile(string sha256, long length, string mediaType, string addedBy, DateTimeOffset addedAt)
    {
        Sha256 = Hash(sha256);
        if (length < 0)
        {
            throw new DomainRuleException("file.length", $"A file cannot have {length} bytes.");
        }

        var type = TextValue.OrNull(mediaType);
        if (type is null || type.Length > MediaTypeLength || !type.Contains('/', StringComparison.Ordinal))
        {
            throw new DomainRuleException("file.media-type", $"'{mediaType}' is not a media type.");
        }

        Length = length;
        MediaType = type.ToLowerInvariant();
        AddedBy = TextValue.OrNull(addedBy) ?? throw new DomainRuleException("file.recorder-required", "A file must say who added it.");
        AddedAt = addedAt.ToUniversalTime();
    }

    // For the storage layer.
    private EvidenceFile()
    {
        Sha256 = null!;
        MediaType = null!;
        AddedBy = null!;
    }

    /// <summary>The SHA-256 of the bytes as 64 lowercase hex digits; the file's identity.</summary>
    public string Sha256 { get; private init; }

    /// <summary>The number of bytes.</summary>
    public long Length { get; private init; }

    /// <summary>The media type read from the bytes.</summary>
    public string MediaType { get; private init; }

    /// <summary>The account that first uploaded it.</summary>
    public string AddedBy { get; private init; }

    /// <summary>When it was first uploaded, in UTC.</summary>
    public DateTimeOffset AddedAt { get; private init; }

    /// <summary>
    /// <paramref name="sha256"/> in its stored form (trimmed, lowercase), or a
    /// <see cref="DomainRuleException"/> when it is not 64 hex digits.
    /// </summary>
    public static string Hash(string? sha256)
    {
        var hash = (sha256 ?? string.Empty).Trim().ToLowerInvariant();
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower)
            ? hash
            : throw new DomainRuleException("file.sha256", $"'{sha256}' is not a SHA-256: expected 64 hex digits.");
    }

    /// <summary>Whether <paramref name="text"/> is a SHA-256 as 64 hex digits, in either case.</summary>
    public static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(char.IsAsciiHexDigit);
}
