namespace Whereabouts.Application.Exports;

/// <summary>
/// Reads a stream into memory up to a limit. A stream's or a zip entry's declared size can lie (a
/// zip bomb declares a small one), so the limit is enforced on the bytes actually read, before
/// they can exhaust memory.
/// </summary>
internal static class BoundedRead
{
    /// <summary>The bytes of <paramref name="input"/>, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
