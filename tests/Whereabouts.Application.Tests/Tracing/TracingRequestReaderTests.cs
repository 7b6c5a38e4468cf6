using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>
/// The list, its order and the CSV, run against each provider by <see cref="SqliteTracingRequestReaderTests"/>
/// and <see cref="PostgresTracingRequestReaderTests"/>: the newest-first order is a query on parts of
/// the reference, which each provider translates its own way.
/// </summary>
public abstract class TracingRequestReaderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TracingRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await TracingRegistry.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_ByStatusAndReference_FindsThemNewestFirst()
    {
        var first = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        var second = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        var third = await _registry.Editor().RegisterAsync(TracingRegistry.Request(), Cancel);
        await _registry.Editor().MoveAsync(second.Id, "Searching", null, Cancel);

        var all = await _registry.Reader().ListAsync(null, null, 1, 2, Cancel);
        var searching = await _registry.Reader().ListAsync("searching", null, 1, 10, Cancel);
        var byReference = await _registry.Reader().ListAsync(null, first.Reference.ToLowerInvariant(), 1, 10, Cancel);

        Assert.Equal(3, all.Total);
        Assert.Equal([third.Reference, second.Reference], all.Items.Select(i => i.Reference));
        Assert.Equal(second.Id, Assert.Single(searching.Items).Id);
        Assert.Equal(first.Id, Assert.Single(byReference.Items).Id);
        Assert.All(all.Items, i => Assert.Equal(TracingRequestChannel.Office, i.Channel));
    }

    [Fact]
    public async Task ListAsync_UnknownStatus_NamesTheStatusField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _registry.Reader().ListAsync("lost", null, 1, 10, Cancel));

        Assert.Equal("status", Assert.Single(error.Errors).Key);
    }

    [Fact]
    public async Task WriteCsvAsync_RequestWithAContact_HasEveryColumnButTheContactAndNeutralisesFormulas()
    {
        await _registry.Editor().RegisterAsync(TracingRegistry.Request() with { LastSeenWith = "=HYPERLINK(\"x\")" }, Cancel);
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        await _registry.Reader().WriteCsvAsync(text, null, Cancel);

        var csv = text.ToString();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("reference,received_on,channel,status,enquirer_name", lines[0], StringComparison.Ordinal);
        Assert.Contains("has_contact", lines[0], StringComparison.Ordinal);
        Assert.Contains(",true,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("555", csv, StringComparison.Ordinal);
    }
}
