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
}
