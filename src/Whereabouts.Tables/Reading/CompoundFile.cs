using System.Text;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// What the reader needs to know of a compound file (the container of Excel 97–2003 workbooks,
/// and of Office documents encrypted with a password) before handing it to the workbook library.
/// </summary>
internal static class CompoundFile
{
    /// <summary>The eight bytes every compound file begins with.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // A password-protected .xlsx is no ZIP: Office encrypts the whole package into a compound file
    // with an "EncryptionInfo" stream beside the "EncryptedPackage". Stream names are stored in
    // UTF-16LE in the directory entries; finding the name there is enough to tell, and costs one
    // vectorised search instead of a directory walk a damaged file could send astray.
    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>Whether the compound file is an Office package encrypted with a password.</summary>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> content) => content.IndexOf(EncryptionInfoName) >= 0;
}
