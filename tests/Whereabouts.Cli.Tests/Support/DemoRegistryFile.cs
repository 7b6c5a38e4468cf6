using Whereabouts.Application.Demo;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Tests.Support;

/// <summary>
/// A SQLite registry file loaded once with the demo data through <c>whereabouts demo</c>, for a
/// test class whose commands only read it; and the demo catalogue, for computing expected answers.
/// </summary>
public sealed class DemoRegistryFile : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public DemoRegistryFile() => DatabasePath = Path.Combine(_folder, "demo.db");

    /// <summary>The file to pass as <c>--db</c>.</summary>
    public string DatabasePath { get; }

    public DemoCatalog Catalog { get; } = DemoCatalog.Build();

    /// <summary>The same registry for the application's own queries, to compare the command line with.</summary>
    public WhereaboutsDatabase Database => new(DatabaseLocation.Sqlite(DatabasePath));

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var run = await CliRun.RunAsync("demo", "--db", DatabasePath);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
