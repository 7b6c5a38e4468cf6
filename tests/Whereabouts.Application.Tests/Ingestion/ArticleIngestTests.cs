using Whereabouts.Application.Ingestion;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Ingestion;

namespace Whereabouts.Application.Tests.Ingestion;

public sealed class ArticleIngestTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    [Fact]
    public async Task ReadAsync_EngineFailsOnTheDocument_IsAnInputErrorNamingTheDocumentAndTheFault()
    {
        // Any failure inside the engines (here: the document's stream fails in an unexpected way)
        // reaches the command line, the upload page and the API as an error about that document.
        var ingest = new ArticleIngest(registry.Database, new PersonSearch(registry.Database));

        var error = await Assert.ThrowsAsync<IngestionInputException>(() => ingest.ReadAsync(new FailingStream(), "invented.html", TestContext.Current.CancellationToken));

        Assert.Equal("invented.html", error.Source);
        Assert.Contains("the engine failed on this document (InvalidOperationException: an invented fault)", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("an invented fault");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("an invented fault");
    }
}
