using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Whereabouts.Testing;

/// <summary>
/// The code an authenticator app shows (RFC 6238 TOTP: HMAC-SHA1, 30-second steps, six digits),
/// computed from a base32 shared key, so tests can sign in with two factors as a person would.
/// </summary>
public static class Totp
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="sharedKey"/> (base32; spaces and case ignored) at <paramref name="at"/>.</summary>
    public static string Code(string sharedKey, DateTimeOffset at)
    {
        var key = Decode(sharedKey);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        // SHA-1 because RFC 6238 and every authenticator app use it; HMAC keeps it sound here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Decode(string sharedKey)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in sharedKey.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Base32.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 letter.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
