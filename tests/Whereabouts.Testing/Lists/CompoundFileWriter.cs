using System.Buffers.Binary;
using System.Text;

namespace Whereabouts.Testing.Lists;

/// <summary>
/// Writes a small compound file (the container of Excel 97–2003 workbooks and of password-encrypted
/// Office files; [MS-CFB], version 3, 512-byte sectors) holding the named streams given, for tests
/// of what a reader does with such containers. Each stream is padded to 4096 bytes so that it
/// lives in ordinary sectors (smaller ones would need the mini stream, which this writer leaves out).
/// </summary>
/// <example>
/// A stand-in for a password-protected .xlsx (the container and its stream names, not real
/// encryption): <c>CompoundFileWriter.Write(("EncryptionInfo", info), ("EncryptedPackage", package))</c>.
/// </example>
public static class CompoundFileWriter
{
    private const int SectorSize = 512;
    private const int MinimumStreamSize = 4096;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint NoStream = 0xFFFFFFFF;

    /// <summary>The compound file's bytes with <paramref name="streams"/> under its root.</summary>
    public static byte[] Write(params (string Name, byte[] Content)[] streams)
    {
        ArgumentNullException.ThrowIfNull(streams);

        // The directory is a red-black tree ordered by name length, then upper-cased name; a chain
        // of right siblings in that order, all black, is a valid (if unbalanced) one.
        var ordered = streams
            .Select(s => (s.Name, Content: s.Content.Length >= MinimumStreamSize ? s.Content : [.. s.Content, .. new byte[MinimumStreamSize - s.Content.Length]]))
            .OrderBy(s => s.Name.Length)
            .ThenBy(s => s.Name.ToUpperInvariant(), StringComparer.Ordinal)
            .ToList();
        var entries = ordered.Count + 1;
        var directorySectors = (entries + 3) / 4;
        var streamSectors = ordered.Select(s => (s.Content.Length + SectorSize - 1) / SectorSize).ToList();
        var sectors = 1 + directorySectors + streamSectors.Sum();
        if (sectors > SectorSize / 4)
        {
            throw new ArgumentException("the streams are too large for a one-sector allocation table", nameof(streams));
        }

        var file = new byte[SectorSize * (1 + sectors)];
        WriteHeader(file, directorySectorStart: 1);

        // The allocation table: sector 0 is itself, then the directory's chain, then each stream's.
        var fat = file.AsSpan(SectorSize, SectorSize);
        fat.Fill(0xFF);
        Put(fat, 0, FatSector);
        var next = 1;
        Chain(fat, ref next, directorySectors);
        var starts = new List<int>();
        foreach (var count in streamSectors)
        {
            starts.Add(next);
            Chain(fat, ref next, count);
        }

        var directory = file.AsSpan(SectorSize * 2, SectorSize * directorySectors);
        for (var i = 0; i < directorySectors * 4; i++)
        {
            var entry = directory.Slice(i * 128, 128);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], NoStream);
        }

        WriteEntry(directory[..128], "Root Entry", type: 5, right: NoStream, child: ordered.Count > 0 ? 1u : NoStream, start: EndOfChain, size: 0);
        for (var i = 0; i < ordered.Count; i++)
        {
            var right = i + 1 < ordered.Count ? (uint)(i + 2) : NoStream;
            WriteEntry(directory.Slice((i + 1) * 128, 128), ordered[i].Name, type: 2, right, child: NoStream, start: (uint)starts[i], size: ordered[i].Content.Length);
            ordered[i].Content.CopyTo(file.AsSpan(SectorSize * (1 + starts[i])));
        }

        return file;
    }

    private static void WriteHeader(Span<byte> file, int directorySectorStart)
    {
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(file[26..], 0x0003); // major version 3
        BinaryPrimitives.WriteUInt16LittleEndian(file[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(file[30..], 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(file[32..], 6); // 64-byte mini sectors
        Put(file, 11, 1); // one allocation-table sector
        Put(file, 12, (uint)directorySectorStart);
        Put(file, 14, MinimumStreamSize); // mini stream cutoff
        Put(file, 15, EndOfChain); // no mini allocation table
        Put(file, 17, EndOfChain); // no further allocation-table index sectors
        file[76..SectorSize].Fill(0xFF);
        Put(file, 19, 0); // the allocation table is sector 0
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint right, uint child, uint start, int size)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(nameBytes.Length + 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[120..], (ulong)size);
    }

    private static void Chain(Span<byte> fat, ref int next, int count)
    {
        for (var i = 0; i < count; i++, next++)
        {
            Put(fat, next, i + 1 < count ? (uint)(next + 1) : EndOfChain);
        }
    }

    // The 32-bit little-endian word at word index (not byte offset) <paramref name="index"/>.
    private static void Put(Span<byte> bytes, int index, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(bytes[(index * 4)..], value);
}
