using Microsoft.Data.Sqlite;

namespace Whereabouts.Cli.Tests.Support;

/// <summary>A folder of its own for one test's registry files, deleted with everything in it afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder (not created until something is written into it).</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A file's path inside the folder.</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        // Pooled connections would keep the files open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
