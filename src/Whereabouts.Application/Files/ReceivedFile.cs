using Whereabouts.Storage.Files;

namespace Whereabouts.Application.Files;

/// <summary>
/// A file whose bytes are kept, on its way to being attached to a source
/// (<see cref="FileAttachments.AttachAsync(ReceivedFile, string?, CancellationToken)"/>). Until then no record names it: should the
/// attachment never be saved, its bytes are an orphan that <c>whereabouts files verify</c> names.
/// </summary>
public sealed class ReceivedFile
{
    internal ReceivedFile(Guid sourceId, string fileName, StoredFile stored, string mediaType)
    {
        SourceId = sourceId;
        FileName = fileName;
        Stored = stored;
        MediaType = mediaType;
    }

    /// <summary>The source it is for.</summary>
    public Guid SourceId { get; }

    /// <summary>The name it was uploaded under.</summary>
    public string FileName { get; }

    /// <summary>Its SHA-256.</summary>
    public string Sha256 => Stored.Sha256;

    /// <summary>Its length in bytes.</summary>
    public long Length => Stored.Length;

    /// <summary>The type read from its bytes.</summary>
    public string MediaType { get; }

    internal StoredFile Stored { get; }
}
