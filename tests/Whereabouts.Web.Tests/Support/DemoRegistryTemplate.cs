using Microsoft.Data.Sqlite;
using Whereabouts.Application.Demo;
using Whereabouts.Storage;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// A demo registry made once per test process (migrated, demo data loaded as the app's first
/// start loads it), which each <see cref="WebApp"/> with default settings copies instead of
/// loading the demo through the save path again: the app's start then finds a registry that is
/// already migrated and not empty, as it would on any later start.
/// </summary>
internal static class DemoRegistryTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>Copies the template to <paramref name="file"/>.</summary>
    public static async Task CopyToAsync(string file)
    {
        File.Copy(await Template.Value, file);
    }

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", "template-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "registry.db");
        var location = DatabaseLocation.Sqlite(file);
        var database = new WhereaboutsDatabase(location);
        await database.MigrateAsync();
        await new DemoLoader(database).LoadIfEmptyAsync();

        // The write-ahead log folded into the file, so that the file alone is the registry.
        await using (var connection = new SqliteConnection(location.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder; nothing depends on it.
            }
        };
        return file;
    }
}
