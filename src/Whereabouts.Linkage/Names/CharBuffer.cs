using System.Buffers;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// A growable character buffer that starts on the caller's stack and moves to a pooled array only
/// when a name is unusually long, so computing a key for a million records allocates little more
/// than the keys themselves. Call <see cref="Dispose"/> in a <c>finally</c> block.
/// </summary>
internal ref struct CharBuffer
{
    private Span<char> chars;
    private char[]? rented;
    private int length;

    public CharBuffer(Span<char> initial)
    {
        chars = initial;
        rented = null;
        length = 0;
    }

    public readonly int Length => length;

    /// <summary>The characters written so far; writable, for passes that rewrite in place.</summary>
    public readonly Span<char> Written => chars[..length];

    public void Append(char c)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(chars[length..]);
        length += text.Length;
    }

    /// <summary>Forgets everything written after <paramref name="newLength"/> characters.</summary>
    public void Truncate(int newLength) => length = Math.Clamp(newLength, 0, length);

    public readonly override string ToString() => length == 0 ? string.Empty : new string(chars[..length]);

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, length + needed));
        chars[..length].CopyTo(bigger);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        rented = bigger;
        chars = bigger;
    }
}
