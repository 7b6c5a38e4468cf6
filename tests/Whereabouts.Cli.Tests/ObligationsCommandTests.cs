using Whereabouts.Cli.Tests.Support;

namespace Whereabouts.Cli.Tests;

/// <summary><c>whereabouts report obligations</c> on a SQLite file with the demo data (hand counts in the Application tests).</summary>
public sealed class ObligationsCommandTests(DemoRegistryFile demo) : IClassFixture<DemoRegistryFile>
{
    [Fact]
    public async Task Obligations_DemoPartyDecember2020_PrintsTheHandCountedFigures()
    {
        var run = await RunAsync("--party", "Azerbaijani", "--from", "2020-12-01", "--to", "2020-12-31");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("captives 25, notified 12, late 6, never notified 13, never visited 20, with a capture card 2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Obligations_Csv_HasOneRowPerCaptive()
    {
        var run = await RunAsync("--party", "azerbaijani", "--from", "2021-11-01", "--to", "2021-11-30", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(33, run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Obligations_UnknownPartyAndBadDay_NamesBothOptionsAndFails()
    {
        var run = await RunAsync("--party", "atlantis", "--from", "yesterday");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--party:", run.Error, StringComparison.Ordinal);
        Assert.Contains("--from:", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(["report", "obligations", .. args, "--db", demo.DatabasePath]);
}
