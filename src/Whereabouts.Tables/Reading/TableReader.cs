using System.Runtime.InteropServices;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Reading;

/// <summary>
/// Reads a file's bytes as tables, telling its format from the bytes, never from its name: a
/// compound file is an Excel 97–2003 workbook (or a password-protected Office file), a ZIP archive
/// an Excel workbook (or an OpenDocument spreadsheet or another archive, refused), anything else
/// delimited text in any of the encodings <see cref="TextDecoder"/> knows. Any bytes give a
/// <see cref="TableFile"/> or a <see cref="TableInputException"/>, in time and memory bounded by
/// <see cref="TableLimits"/>.
/// </summary>
public static class TableReader
{
    private static ReadOnlySpan<byte> ZipSignature => "PK\x03\x04"u8;

    private static ReadOnlySpan<byte> EmptyZipSignature => "PK\x05\x06"u8;

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> names the file in messages.</summary>
    /// <exception cref="TableInputException">The bytes cannot be read as a table; the message says what and where.</exception>
    public static TableFile Read(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            throw new TableInputException(new TableProblem(fileName, null, 0, null, EngineText.Of($"the file is empty")));
        }

        if (bytes.StartsWith(CompoundFile.Signature))
        {
            if (CompoundFile.IsEncryptedPackage(bytes))
            {
                throw PasswordProtected(fileName);
            }

            using var stream = Stream(content);
            return WorkbookReader.Read(stream, fileName, TableFormat.Xls, cancellationToken);
        }

        if (bytes.StartsWith(ZipSignature) || bytes.StartsWith(EmptyZipSignature))
        {
            using var stream = Stream(content);
            return ZipPackage.Inspect(stream, fileName) switch
            {
                ZipPackageKind.Xlsx => WorkbookReader.Read(Rewound(stream), fileName, TableFormat.Xlsx, cancellationToken),
                ZipPackageKind.Ods => throw Refused(fileName, EngineText.Of($"it is an OpenDocument spreadsheet (.ods), which we cannot read; save it as .xlsx or .csv")),
                ZipPackageKind.Xlsb => throw Refused(fileName, EngineText.Of($"it is an Excel binary workbook (.xlsb), which we cannot read; save it as .xlsx or .csv")),
                _ => throw Refused(fileName, EngineText.Of($"it is a ZIP archive, not a workbook; unpack it and give the list itself")),
            };
        }

        return DelimitedReader.Read(TextDecoder.Decode(bytes, fileName), fileName, cancellationToken);
    }

    /// <summary>The refusal of a workbook the library could not read.</summary>
    internal static TableInputException Damaged(string fileName) =>
        Refused(fileName, EngineText.Of($"the workbook is damaged or not a workbook; open it in a spreadsheet program and save it again"));

    /// <summary>The refusal of a workbook encrypted with a password.</summary>
    internal static TableInputException PasswordProtected(string fileName) =>
        Refused(fileName, EngineText.Of($"the workbook is protected by a password; save an unprotected copy"));

    /// <summary>The refusal of a file (or one of its sheets) past one of the <see cref="TableLimits"/>.</summary>
    internal static TableInputException OverLimit(string fileName, string? sheet, EngineText reason) =>
        new(new TableProblem(fileName, sheet, 0, null, reason));

    private static TableInputException Refused(string fileName, EngineText message) => new(new TableProblem(fileName, null, 0, null, message));

    // The bytes as a read-only stream, without a copy when they are an array's.
    private static MemoryStream Stream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static Stream Rewound(Stream stream)
    {
        stream.Position = 0;
        return stream;
    }
}
