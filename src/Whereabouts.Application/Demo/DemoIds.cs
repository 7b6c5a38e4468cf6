using System.Security.Cryptography;
using System.Text;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Stable identities for the demo records. The demo loader inserts only records whose ID is not
/// yet in the database, so an ID must be the same in every run and every release: it is derived
/// from a name ("person/hin-tagher/17"), never drawn at random.
/// </summary>
public static class DemoIds
{
    /// <summary>
    /// The ID for <paramref name="key"/>: the first 16 bytes of the SHA-256 of
    /// <c>whereabouts-demo:</c> followed by the key in UTF-8, marked as an RFC 9562 version 8
    /// (custom) UUID. Equal keys give equal IDs; changing a key changes the ID.
    /// </summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    public static Guid For(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("whereabouts-demo:" + key), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
