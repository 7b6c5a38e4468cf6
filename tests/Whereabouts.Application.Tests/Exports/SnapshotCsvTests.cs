using System.IO.Compression;
using System.Text;
using Whereabouts.Application.Exports;

namespace Whereabouts.Application.Tests.Exports;

public sealed class SnapshotCsvTests
{
    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x05, 0x06, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })]
    [InlineData(new byte[] { 0x5A })]
    public async Task ReadZipAsync_DamagedOrForeignArchive_IsRefusedAsAnInputError(byte[] bytes)
    {
        // Found by the property tests: ZipArchive's InvalidDataException escaped the reader.
        var error = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken));

        Assert.Contains("not a valid zip archive", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteTableAsync_NameThatIsAFormula_ComesOutAsTextAndReadsBackAsWritten()
    {
        var snapshot = new RegistrySnapshot();
        var person = Guid.NewGuid();
        snapshot.Add(new SnapshotRow(SnapshotSchema.Names, [person.ToString(), "0", "=1+1", "'Invented", "-Formula", "@origin", null], "test", 1));
        using var output = new MemoryStream();

        await SnapshotCsv.WriteTableAsync(snapshot, SnapshotSchema.Names, output, Cancel);
        var text = Encoding.UTF8.GetString(output.ToArray());
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("names.csv").OpenAsync(Cancel);
            await entry.WriteAsync(output.ToArray(), Cancel);
        }

        zip.Position = 0;
        var read = await SnapshotCsv.ReadZipAsync(zip, Cancel);

        Assert.Contains(",\"'=1+1\",\"''Invented\",\"'-Formula\",\"'@origin\",", text, StringComparison.Ordinal);
        Assert.Equal(["=1+1", "'Invented", "-Formula", "@origin"], Assert.Single(read.Rows(SnapshotSchema.Names)).Values.Skip(2).Take(4));
    }

    [Fact]
    public async Task ReadZipAsync_ZipBomb_IsRefusedWithoutInflatingIt()
    {
        // 50 MB of one repeated line deflates to some fifty kilobytes: far past any real table's ratio.
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("names.csv", CompressionLevel.SmallestSize).OpenAsync(Cancel);
            var line = Encoding.ASCII.GetBytes(new string('a', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
            {
                await entry.WriteAsync(line, Cancel);
            }
        }

        zip.Position = 0;
        var before = GC.GetTotalAllocatedBytes();

        var error = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(zip, Cancel));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("names.csv", problem.File);
        Assert.Contains("zip bomb", problem.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 64L * 1024 * 1024, "the archive was inflated before it was refused");
    }

    [Fact]
    public async Task ReadZipAsync_TableWithAProblemOnEveryLine_NamesABoundedNumberOfProblems()
    {
        var csv = new StringBuilder("person_id,position,given_name\n");
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append("not-an-id,0,Invented\n");
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("names.csv").OpenAsync(Cancel);
            await entry.WriteAsync(Encoding.UTF8.GetBytes(csv.ToString()), Cancel);
        }

        zip.Position = 0;

        var error = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotCsv.ReadZipAsync(zip, Cancel));

        Assert.Equal(SnapshotCsv.MaxProblems + 1, error.Problems.Count);
        Assert.Contains("stopped after", error.Problems[^1].Message, StringComparison.Ordinal);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
}
