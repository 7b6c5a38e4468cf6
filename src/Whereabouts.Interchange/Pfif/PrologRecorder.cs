using System.Text;

namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// Passes a stream through unchanged and keeps a copy of its first bytes, so that a refusal that
/// XmlReader reports without a position (a prohibited DTD) can still be given its line.
/// </summary>
internal sealed class PrologRecorder(Stream inner) : Stream
{
    private const int Capacity = 64 * 1024;
    private readonly MemoryStream _start = new();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var room = Capacity - (int)_start.Length;
        if (room > 0 && read > 0)
        {
            _start.Write(buffer[..Math.Min(room, read)]);
        }

        return read;
    }

    /// <summary>The 1-based line on which <paramref name="marker"/> first occurs in the recorded start, or 0.</summary>
    public int LineOf(string marker)
    {
        var text = Encoding.UTF8.GetString(_start.GetBuffer(), 0, (int)_start.Length);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? 0 : 1 + text.AsSpan(0, at).Count('\n');
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _start.Dispose();
        }

        base.Dispose(disposing);
    }
}
