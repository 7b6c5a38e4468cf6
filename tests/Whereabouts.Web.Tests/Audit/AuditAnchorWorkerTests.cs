using Whereabouts.Storage.Audit;
using Whereabouts.Web.Audit;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Audit;

public sealed class AuditAnchorWorkerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExecuteAsync_AnchorFileSet_AppendsTheHeadSoonAfterTheStartAndAgainWhenItMoved()
    {
        var file = Path.Combine(_folder, "anchors", "heads.txt");
        await using var app = WebApp.With(new Dictionary<string, string>
        {
            [AuditAnchorWorker.FileSetting] = file,
            [AuditAnchorWorker.IntervalSetting] = "00:00:00.200",
        });
        await app.InitializeAsync();
        var first = await WaitForLinesAsync(file, 1);
        await app.CreateAccountAsync("Viewer");
        var lines = await WaitForLinesAsync(file, first.Length + 1);

        Assert.True(lines.Length > first.Length, $"expected another head within a minute of a save, found {lines.Length} lines");
        Assert.All(lines, l => Assert.Matches(@"^\d+:[0-9a-f]{64} \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", l));
        Assert.True(AuditAnchor.TryParse(lines[^1], out var last));
        await using var context = app.Database.CreateContext();
        Assert.Empty((await AuditVerifier.InspectAsync(context, [last], cancellationToken: Cancel)).AnchorProblems);
    }

    private static async Task<string[]> WaitForLinesAsync(string file, int count)
    {
        string[] lines = [];
        for (var attempt = 0; attempt < 600 && lines.Length < count; attempt++)
        {
            await Task.Delay(100, Cancel);
            lines = File.Exists(file) ? await ReadSharedAsync(file) : [];
        }

        return lines;
    }

    private static async Task<string[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
