using System.IO.Compression;
using System.Text;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// Looks into a ZIP archive's central directory, without unpacking anything but a tiny mimetype
/// entry, to tell a workbook from other archives and to refuse a ZIP bomb before it is opened.
/// </summary>
internal static class ZipPackage
{
    private const string OpenDocumentSpreadsheet = "application/vnd.oasis.opendocument.spreadsheet";

    // The parts smaller than this may pack as well as they like: a tiny part cannot hurt.
    private const long RatioCheckedFrom = 1 << 20;

    /// <summary>What the archive holds.</summary>
    /// <exception cref="TableInputException">The archive is damaged, or would unpack past <see cref="TableLimits"/>.</exception>
    public static ZipPackageKind Inspect(Stream stream, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var kind = ZipPackageKind.Other;
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                CheckSize(entry, fileName, ref unpacked);
                if (string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase))
                {
                    kind = ZipPackageKind.Xlsx;
                }
                else if (kind == ZipPackageKind.Other && string.Equals(entry.FullName, "xl/workbook.bin", StringComparison.OrdinalIgnoreCase))
                {
                    kind = ZipPackageKind.Xlsb;
                }
                else if (kind == ZipPackageKind.Other && string.Equals(entry.FullName, "mimetype", StringComparison.Ordinal) && IsOpenDocumentSpreadsheet(entry))
                {
                    kind = ZipPackageKind.Ods;
                }
            }

            return kind;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw TableReader.Damaged(fileName);
        }
    }

    private static void CheckSize(ZipArchiveEntry entry, string fileName, ref long unpacked)
    {
        // The sizes are the central directory's; .NET's ZIP reader stops unpacking an entry at
        // its stated size, so a directory that lies cannot make the library unpack more.
        if (entry.Length > TableLimits.MaxUnpackedBytes - unpacked)
        {
            throw new TableInputException(new TableProblem(
                fileName, null, 0, null,
                EngineText.Of($"the archive would unpack to more than {TableLimits.MaxUnpackedBytes / (1 << 20)} MiB; it is not a list we can read")));
        }

        unpacked += entry.Length;
        if (entry.Length > RatioCheckedFrom && entry.Length / Math.Max(1, entry.CompressedLength) > TableLimits.MaxPackingRatio)
        {
            throw new TableInputException(new TableProblem(
                fileName, null, 0, null,
                EngineText.Of($"its part \"{entry.FullName}\" would unpack to {entry.Length / Math.Max(1, entry.CompressedLength)} times its packed size (a ZIP bomb); it is not a list we can read")));
        }
    }

    private static bool IsOpenDocumentSpreadsheet(ZipArchiveEntry entry)
    {
        if (entry.Length > 256)
        {
            return false;
        }

        using var stream = entry.Open();
        var buffer = new byte[256];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, read).Trim().StartsWith(OpenDocumentSpreadsheet, StringComparison.Ordinal);
    }
}
