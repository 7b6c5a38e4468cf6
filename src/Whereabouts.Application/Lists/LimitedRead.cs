namespace Whereabouts.Application.Lists;

/// <summary>Reads an uploaded or opened list into memory, stopping as soon as it passes a limit.</summary>
internal static class LimitedRead
{
    /// <summary>The stream's bytes, or null when it holds more than <paramref name="limit"/> bytes (reading stops there).</summary>
    public static async Task<byte[]?> ReadAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
