using System.Text;
using System.Text.Unicode;

namespace Whereabouts.Application.Files;

/// <summary>
/// The type of a file read from its first bytes (its magic numbers), never from its name or from
/// what a client says, and how the registry serves each type: nothing that a browser would run
/// (HTML, SVG, XML) is ever served as itself.
/// </summary>
public static class MediaTypes
{
    /// <summary>The type of bytes nobody recognised, and the type every file that could run script is served as.</summary>
    public const string Unknown = "application/octet-stream";

    // Types a browser renders as a document that can run script or load other things: kept as
    // what they are, served as bytes to save.
    private static readonly HashSet<string> Renderable = new(StringComparer.Ordinal)
    {
        "text/html", "image/svg+xml", "application/xml", "text/xml", "application/xhtml+xml",
    };

    private static readonly string[] HtmlTags =
        ["<html", "<head", "<body", "<script", "<iframe", "<style", "<title", "<div", "<a ", "<p>", "<img", "<table", "<br", "<h1", "<font", "<b>"];

    // What a browser plays in <img>, <video> and <audio> without a plug-in.
    private static readonly HashSet<string> Images = new(StringComparer.Ordinal) { "image/png", "image/jpeg", "image/gif", "image/webp" };
    private static readonly HashSet<string> Videos = new(StringComparer.Ordinal) { "video/mp4", "video/webm", "video/ogg" };
    private static readonly HashSet<string> Sounds = new(StringComparer.Ordinal) { "audio/mpeg", "audio/wav", "audio/ogg", "audio/flac", "audio/mp4", "audio/aac", "audio/webm" };

    /// <summary>The media type of a file from its first bytes (a few kilobytes are enough).</summary>
    public static string Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var form = head[8..12];
            return form.SequenceEqual("WEBP"u8) ? "image/webp"
                : form.SequenceEqual("WAVE"u8) ? "audio/wav"
                : form.SequenceEqual("AVI "u8) ? "video/x-msvideo"
                : Unknown;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Brand(head[8..12]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            // Matroska and WebM share the container; the document type says which.
            return head.IndexOf("webm"u8) >= 0 ? "video/webm" : "video/x-matroska";
        }

        if (head.StartsWith("OggS"u8))
        {
            return head.IndexOf("theora"u8) >= 0 ? "video/ogg" : "audio/ogg";
        }

        if (head.StartsWith("fLaC"u8))
        {
            return "audio/flac";
        }

        if (head.StartsWith("ID3"u8))
        {
            return "audio/mpeg";
        }

        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xF0) == 0xF0 && (head[1] & 0x06) == 0)
        {
            // MPEG-4 audio in ADTS frames (layer bits zero).
            return "audio/aac";
        }

        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0)
        {
            return "audio/mpeg";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return Zip(head);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // The container of Office files before 2007 (.doc, .xls, .ppt).
            return "application/x-ole-storage";
        }

        return Text(head);
    }

    /// <summary>The <c>Content-Type</c> a file of <paramref name="mediaType"/> is served with: its own, except for anything a browser could render as a page.</summary>
    public static string Served(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        return Renderable.Contains(mediaType) ? Unknown
            : string.Equals(mediaType, "text/plain", StringComparison.Ordinal) ? "text/plain; charset=utf-8"
            : mediaType;
    }

    /// <summary>Whether a file of <paramref name="mediaType"/> may be shown in the browser (images, sound, video, PDF); everything else is a download.</summary>
    public static bool IsInline(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        return !Renderable.Contains(mediaType)
            && (mediaType.StartsWith("image/", StringComparison.Ordinal)
                || mediaType.StartsWith("audio/", StringComparison.Ordinal)
                || mediaType.StartsWith("video/", StringComparison.Ordinal)
                || string.Equals(mediaType, "application/pdf", StringComparison.Ordinal));
    }

    /// <summary>Whether browsers show <paramref name="mediaType"/> in an <c>&lt;img&gt;</c>.</summary>
    public static bool IsImage(string? mediaType) => mediaType is not null && Images.Contains(mediaType);

    /// <summary>Whether browsers play <paramref name="mediaType"/> in a <c>&lt;video&gt;</c>.</summary>
    public static bool IsVideo(string? mediaType) => mediaType is not null && Videos.Contains(mediaType);

    /// <summary>Whether browsers play <paramref name="mediaType"/> in an <c>&lt;audio&gt;</c>.</summary>
    public static bool IsAudio(string? mediaType) => mediaType is not null && Sounds.Contains(mediaType);

    private static string Brand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("qt  "u8) ? "video/quicktime"
        : brand.SequenceEqual("M4A "u8) || brand.SequenceEqual("M4B "u8) ? "audio/mp4"
        : brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) ? "image/heic"
        : brand.StartsWith("3g"u8) ? "video/3gpp"
        : "video/mp4";

    // Office documents are zip archives whose first entries name what they are.
    private static string Zip(ReadOnlySpan<byte> head)
    {
        var mimetype = head.IndexOf("mimetypeapplication/vnd.oasis.opendocument."u8);
        if (mimetype >= 0)
        {
            var start = mimetype + "mimetype".Length;
            var end = start;
            while (end < head.Length && head[end] is >= 0x21 and < 0x7F && head[end] != (byte)'P')
            {
                end++;
            }

            return Encoding.ASCII.GetString(head[start..end]);
        }

        return head.IndexOf("word/"u8) >= 0 ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : head.IndexOf("xl/"u8) >= 0 ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : head.IndexOf("ppt/"u8) >= 0 ? "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            : "application/zip";
    }

    private static string Text(ReadOnlySpan<byte> head)
    {
        var body = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;

        // The head may end inside a letter of several bytes.
        var valid = false;
        for (var cut = 0; cut <= 3 && cut < body.Length && !valid; cut++)
        {
            valid = Utf8.IsValid(body[..^cut]);
        }

        if (!valid || body.Length == 0 || body.ContainsAnyInRange((byte)0x00, (byte)0x08) || body.ContainsAnyInRange((byte)0x0E, (byte)0x1F))
        {
            return Unknown;
        }

        var text = Encoding.UTF8.GetString(body).TrimStart().ToLowerInvariant();
        if (text.StartsWith("<svg", StringComparison.Ordinal) || (text.StartsWith('<') && text.Contains("<svg", StringComparison.Ordinal)))
        {
            return "image/svg+xml";
        }

        if (LooksLikeHtml(text))
        {
            return "text/html";
        }

        return text.StartsWith("<?xml", StringComparison.Ordinal) ? "application/xml" : "text/plain";
    }

    // As a browser sniffing would see it: a page may begin with a comment or any tag that opens one.
    private static bool LooksLikeHtml(string text) =>
        text.StartsWith("<!doctype html", StringComparison.Ordinal)
        || text.StartsWith("<!--", StringComparison.Ordinal)
        || HtmlTags.Any(tag => text.Contains(tag, StringComparison.Ordinal));
}
