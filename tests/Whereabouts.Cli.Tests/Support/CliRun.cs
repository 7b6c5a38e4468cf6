namespace Whereabouts.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the command line.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await WhereaboutsCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
