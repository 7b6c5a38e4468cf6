using System.IO.Compression;
using System.Text;
using CsCheck;
using Whereabouts.Application.Exports;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Application.Tests.Properties;

/// <summary>
/// The snapshot readers (ADR 0013) on any JSON, CSV, zip or bytes: a snapshot, or the documented
/// <see cref="SnapshotInputException"/> naming the problems, within the time limit.
/// </summary>
public sealed class SnapshotReaderPropertyTests
{
    private static readonly string[] Tables = ["people", "names", "fates", "sources", "places", "incidents", "claims", "nonsense"];

    private static readonly Gen<string> Value = Gen.Frequency(
        (3, HostileInput.Word),
        (1, Gen.OneOf("null", "true", "1", "-1", "1e400", "12345678901234567890", "\"00000000-0000-0000-0000-000000000000\"", "\"~2021-04\"", "\"2021-13-40\"", "{}", "[]", "\"Missing\"")));

    private static readonly Gen<string> Json = Gen.Frequency(
        (1, HostileInput.Text),
        (3, Gen.Select(Gen.OneOf(Tables).Array[0, 3], HostileInput.Word.Array[0, 4], Value.Array[4], Gen.Int[0, 4], Gen.OneOf("\"whereabouts-snapshot\"", "\"x\"", "1", "null"), Gen.OneOf("1", "2", "\"1\"", "-1", "1.5", "99999999999999999999"),
            (tables, columns, values, rows, format, version) =>
            {
                var row = "{" + string.Join(',', columns.Select((c, i) => $"\"{c.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal)}\":{values[i % values.Length]}")) + "}";
                var body = string.Join(',', tables.Select(t => $"\"{t}\":[{string.Join(',', Enumerable.Repeat(row, rows))}]"));
                return $"{{\"format\":{format},\"format_version\":{version},\"tables\":{{{body}}}}}";
            })));

    [Fact]
    public void ReadJson_HostileDocument_ReturnsASnapshotOrAnInputError()
    {
        HostileInput.DocumentBytes(Json).Sample(
            bytes => HostileInput.ReturnsOrRefuses<SnapshotInputException>(() => SnapshotJson.ReadAsync(new MemoryStream(bytes, writable: false), "registry.json").GetAwaiter().GetResult()),
            iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void ReadZip_HostileArchive_ReturnsASnapshotOrAnInputError()
    {
        var files = Gen.Select(Gen.OneOf("people.csv", "names.csv", "fates.csv", "format.csv", "claims.csv", "x.csv", "dir/people.csv", "../people.csv"), HostileInput.Csv).Array[0, 4];
        Gen.Select(files, Gen.Bool).SelectMany((entries, mutate) => Zip(entries) is var zip && mutate ? HostileInput.Mutation(zip) : Gen.Const(zip)).Sample(
            bytes => HostileInput.ReturnsOrRefuses<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(new MemoryStream(bytes, writable: false)).GetAwaiter().GetResult()),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void ReadZip_RandomBytes_IsRefusedAsAnInputError()
    {
        HostileInput.Bytes.Sample(
            bytes => HostileInput.ReturnsOrRefuses<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(new MemoryStream(bytes, writable: false)).GetAwaiter().GetResult()),
            iter: HostileInput.Iterations);
    }

    private static byte[] Zip((string Name, string Csv)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, csv) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(csv));
            }
        }

        return buffer.ToArray();
    }
}
