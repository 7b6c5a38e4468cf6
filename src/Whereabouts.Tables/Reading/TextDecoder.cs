using System.Text;
using System.Text.Unicode;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// Tells the encoding of a text table from its bytes: a byte-order mark (UTF-8, UTF-16 LE/BE);
/// else strict UTF-8; else UTF-16 without a mark, told by where its zero bytes fall; else the
/// likeliest of Windows-1251, KOI8-R and Windows-1252 (<see cref="EightBitGuess"/>). Bytes that
/// are none of these (zero bytes in no UTF-16 pattern, control characters) are not a text table.
/// </summary>
internal static class TextDecoder
{
    // How much of the file the UTF-16 pattern is looked for in: enough for hundreds of characters.
    private const int PatternSample = 8192;

    // The share of control and unreadable characters past which bytes are refused as binary: real
    // lists have none; random bytes read as an 8-bit code page give about one in eight.
    private const double MostlyBinary = 0.05;

    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="TableInputException">The bytes are not text in any supported encoding.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        var decoded = DecodeUnchecked(bytes, fileName);
        CheckReadable(decoded.Text, fileName);
        return decoded;
    }

    private static DecodedText DecodeUnchecked(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8Lenient.GetString(bytes[3..]), "utf-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16LE (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE (BOM)");
        }

        var hasZero = bytes.Contains((byte)0);
        if (!hasZero && Utf8.IsValid(bytes))
        {
            return new DecodedText(Utf8Lenient.GetString(bytes), "utf-8");
        }

        if (hasZero)
        {
            return Utf16Pattern(bytes) switch
            {
                true => new DecodedText(Encoding.BigEndianUnicode.GetString(bytes), "utf-16BE"),
                false => new DecodedText(Encoding.Unicode.GetString(bytes), "utf-16LE"),
                null => throw NotText(fileName),
            };
        }

        var (encoding, name) = EightBitGuess.Choose(bytes);
        return new DecodedText(encoding.GetString(bytes), name);
    }

    // UTF-16 without a mark puts the zero high byte of every Latin letter, digit, space and
    // separator on one side of each pair: odd offsets in little-endian, even in big-endian. Random
    // binary scatters its zeros over both. Null when the zeros say neither; true for big-endian.
    private static bool? Utf16Pattern(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, PatternSample)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        var pairs = sample.Length / 2;
        if (odd * 20 >= pairs && even * 20 <= odd)
        {
            return false;
        }

        if (even * 20 >= pairs && odd * 20 <= even)
        {
            return true;
        }

        return null;
    }

    private static void CheckReadable(string text, string fileName)
    {
        var unreadable = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                throw NotText(fileName);
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || char.IsSurrogate(c) || c == '\uFFFD')
            {
                unreadable++;
            }
        }

        if (unreadable > text.Length * MostlyBinary)
        {
            throw NotText(fileName);
        }
    }

    private static TableInputException NotText(string fileName) =>
        new(new TableProblem(fileName, null, 0, null, EngineText.Of($"the file is neither a workbook nor a text table (it holds binary data or an unsupported encoding); save the list as .xlsx or .csv")));
}
