using System.IO.Compression;
using Whereabouts.Engines;

namespace Whereabouts.Ingestion.Documents;

/// <summary>
/// Reads a document's bytes (gunzipping when the name ends in <c>.gz</c> or the bytes start with the
/// gzip magic number), decides whether it is HTML or plain text, and decodes it.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>The most bytes a document may have after decompression: a guard against gzip bombs and runaway files.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static LoadedDocument Load(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);

        var name = fileName;
        var bytes = ReadLimited(content, fileName, decompressed: false);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || IsGzip(bytes))
        {
            bytes = Gunzip(bytes, fileName);
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^3];
            }
        }

        var kind = KindOf(name, bytes);
        var text = TextDecoder.Decode(bytes, fileName, kind);
        return new LoadedDocument(fileName, kind, text);
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private static byte[] Gunzip(byte[] compressed, string fileName)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            var bytes = ReadLimited(gzip, fileName, decompressed: true);

            // .NET returns nothing, without an error, for a gzip file cut off after its header, and
            // the part it could decompress for a file cut off further on. The trailer's last four
            // bytes hold the uncompressed size (mod 2^32): a file whose trailer disagrees was cut
            // off. (A file of several gzip members concatenated is refused too; pages are not
            // saved that way.)
            if (bytes.Length == 0)
            {
                throw new IngestionInputException(fileName, EngineText.Of($"the gzip file is truncated: it decompresses to nothing"));
            }

            var statedSize = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
            if (statedSize != unchecked((uint)bytes.Length))
            {
                throw new IngestionInputException(
                    fileName,
                    EngineText.Of($"the gzip file is truncated: its trailer says {statedSize:N0} bytes, but only {bytes.Length:N0} could be decompressed"));
            }

            return bytes;
        }
        catch (InvalidDataException e)
        {
            throw new IngestionInputException(fileName, EngineText.Of($"not a valid gzip file: {e.Message}"), e);
        }
    }

    // Reads at most MaxBytes + 1 so that an oversized (or endlessly decompressing) input is refused
    // without ever holding more than the limit in memory.
    private static byte[] ReadLimited(Stream stream, string fileName, bool decompressed)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                const int megabytes = MaxBytes / (1024 * 1024);
                throw new IngestionInputException(fileName, decompressed
                    ? EngineText.Of($"the decompressed document is larger than the limit of {megabytes} MB")
                    : EngineText.Of($"the file is larger than the limit of {megabytes} MB"));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentKind KindOf(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Html;
        }

        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.PlainText;
        }

        return LooksLikeHtml(bytes) ? DocumentKind.Html : DocumentKind.PlainText;
    }

    // Sniffs the start of the document (as the HTML standard's sniffing does, in spirit): markup
    // that only HTML starts with, after an optional byte-order mark and whitespace.
    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = TextDecoder.AsciiPrefix(bytes, 1024).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        string[] starts = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<div", "<p>", "<article"];
        foreach (var start in starts)
        {
            if (head.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
