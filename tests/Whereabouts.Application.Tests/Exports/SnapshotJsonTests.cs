using System.Text;
using Whereabouts.Application.Exports;

namespace Whereabouts.Application.Tests.Exports;

public sealed class SnapshotJsonTests
{
    [Fact]
    public async Task ReadAsync_BytesThatAreNotUtf8InAString_AreRefusedWithTheLine()
    {
        // Found by the property tests: the JSON reader's transcoding error escaped as InvalidOperationException.
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"whereabouts-snapshot\",\n\"tables\":{\"x").Concat(new byte[] { 0xAF, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'}' }).ToArray();

        var error = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotJson.ReadAsync(new MemoryStream(bytes), "registry.json", TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DocumentWithAByteOrderMark_IsRead()
    {
        var snapshot = new RegistrySnapshot();
        snapshot.Add(SnapshotSchema.Parties, "invented-side", "Invented Side", null, null, null);
        using var written = new MemoryStream();
        await SnapshotJson.WriteAsync(snapshot, written, TestContext.Current.CancellationToken);
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. written.ToArray()];

        var read = await SnapshotJson.ReadAsync(new MemoryStream(bytes), "registry.json", TestContext.Current.CancellationToken);

        Assert.Equal("invented-side", Assert.Single(read.Rows(SnapshotSchema.Parties)).Values[0]);
    }

    [Fact]
    public async Task ReadAsync_EmptyDocument_IsRefusedAsAnInputError()
    {
        var error = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotJson.ReadAsync(new MemoryStream([]), "registry.json", TestContext.Current.CancellationToken));

        Assert.NotEmpty(error.Problems);
    }
}
