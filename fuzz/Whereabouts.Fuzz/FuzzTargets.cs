using System.Text;
using Whereabouts.Application.Exports;
using Whereabouts.Application.Linkage;
using Whereabouts.Domain;
using Whereabouts.Ingestion;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Names;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Fuzz;

/// <summary>
/// The fuzz targets, one per parser. Each feeds one input to a public entry point and lets
/// through only that entry point's documented input error; any other exception escapes, and
/// afl-fuzz records the input as a crash.
/// </summary>
internal static class FuzzTargets
{
    // Invalid UTF-8 becomes U+FFFD, as a page decoder would make it; the targets that take text
    // are about what the engine does with text, the byte-level targets about decoding.
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly DateOnly Published = new(2020, 12, 14);

    /// <summary>Every target by the name <c>fuzz/run.sh</c> and the corpus folders use.</summary>
    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["article-html"] = input => Allow<IngestionInputException>(() => ArticleReader.Read(input, "fuzz.html")),
        ["article-text"] = input => Allow<IngestionInputException>(() => ArticleReader.Read(input, "fuzz.txt")),
        ["claims"] = input => CountClaimExtractor.Extract(Text(input).Split('\n'), Published),
        ["pfif"] = input => new PfifReader().Read(input),
        ["csv-list"] = input => Allow<LinkageInputException>(() => CsvRecordReader.Read(input, "fuzz.csv", "id")),
        ["snapshot-json"] = input => Allow<SnapshotInputException>(() => SnapshotJson.ReadAsync(input, "fuzz.json").GetAwaiter().GetResult()),
        ["snapshot-zip"] = input => Allow<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(input).GetAwaiter().GetResult()),
        ["names"] = input => Names(Text(input)),
        ["table-file"] = input => Allow<TableInputException>(() => ListReader.Read(TableReader.Read(Bytes(input), "fuzz.csv"))),
    };

    private static void Names(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _ = NameKeys.Family(line);
            _ = NameKeys.Given(line);
            _ = NameKeys.Father(line);
            _ = NameTransliterator.ToLatin(line);
            _ = NameCharacters.FindRefused(line);
            _ = FreeText.Clean(line);
        }
    }

    private static string Text(Stream input)
    {
        var bytes = Bytes(input);
        return Lenient.GetString(bytes.Span);
    }

    private static ReadOnlyMemory<byte> Bytes(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static void Allow<TInputError>(Action read)
        where TInputError : Exception
    {
        try
        {
            read();
        }
        catch (TInputError)
        {
            // The documented refusal of bad input: not a crash.
        }
    }
}
