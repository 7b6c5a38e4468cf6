using System.Text;
using System.Text.RegularExpressions;
using Whereabouts.Engines;

namespace Whereabouts.Ingestion.Documents;

/// <summary>
/// Decodes a document's bytes: a byte-order mark wins; then, for HTML, a charset declared in the
/// first 4 KB (<c>&lt;meta charset&gt;</c> or an http-equiv content type); otherwise UTF-8, strictly,
/// so that a file in an undeclared legacy encoding is refused rather than silently garbled.
/// </summary>
internal static partial class TextDecoder
{
    private const int PrescanBytes = 4096;

    static TextDecoder()
    {
        // windows-1251, KOI8-R and the other legacy code pages are not built into .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] bytes, string fileName, DocumentKind kind)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, fileName, "UTF-8", Label.ByteOrderMark);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, fileName, "UTF-16LE", Label.ByteOrderMark);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, fileName, "UTF-16BE", Label.ByteOrderMark);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new IngestionInputException(fileName, EngineText.Of($"binary content (NUL bytes) in a text or HTML document"));
        }

        if (kind == DocumentKind.Html && DeclaredCharset(bytes) is { } declared)
        {
            var encoding = EncodingFor(declared);
            if (encoding is not null)
            {
                return Strict(encoding, bytes, 0, fileName, declared, Label.DeclaredInPage);
            }
        }

        return Strict(new UTF8Encoding(false, true), bytes, 0, fileName, "UTF-8", Label.Assumed);
    }

    /// <summary>The first <paramref name="count"/> bytes as Latin-1 text, enough to find ASCII markup.</summary>
    public static string AsciiPrefix(byte[] bytes, int count) => Encoding.Latin1.GetString(bytes, 0, Math.Min(count, bytes.Length));

    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = AsciiPrefix(bytes, PrescanBytes);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups[1].Value;
            }

            if (HttpEquivContentType().IsMatch(meta.Value) && ContentCharset().Match(meta.Value) is { Success: true } content)
            {
                return content.Groups[1].Value;
            }
        }

        return null;
    }

    private static Encoding? EncodingFor(string label)
    {
        // The HTML standard reads these labels as windows-1252 and UTF-8 respectively.
        var name = label.Trim().ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "utf8" => "utf-8",
            var other => other,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page served as bytes cannot really be UTF-16 without a byte-order mark; browsers read it as UTF-8.
            return encoding is UnicodeEncoding or UTF32Encoding ? new UTF8Encoding(false, true)
                : encoding is UTF8Encoding ? new UTF8Encoding(false, true)
                : Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown label, or one .NET refuses to decode (UTF-7, which HTML forbids too):
            // fall back to UTF-8. Found by fuzzing: UTF-7's NotSupportedException escaped the reader.
            return null;
        }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset, string fileName, string name, Label label)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = offset + Math.Max(0, e.Index);
            throw new IngestionInputException(fileName, label switch
            {
                Label.ByteOrderMark => EngineText.Of($"cannot be decoded as {name} (byte-order mark): invalid bytes at byte {at}"),
                Label.DeclaredInPage => EngineText.Of($"cannot be decoded as {name} (declared in the page): invalid bytes at byte {at}"),
                _ => EngineText.Of($"cannot be decoded as {name} (no byte-order mark or declared charset): invalid bytes at byte {at}"),
            }, e);
        }
    }

    // How the encoding a document is decoded with was chosen, which the message of a failure says.
    private enum Label
    {
        ByteOrderMark,
        DeclaredInPage,
        Assumed,
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"http-equiv\s*=\s*[""']?\s*content-type", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex(@"charset\s*=\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentCharset();
}
