using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    private string DbFile => Path.Combine(_folder, "registry.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task AuditVerify_FreshDemoDatabase_SaysIntactWithExitCodeZero()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", DbFile)).ExitCode);

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^audit log intact: \d{3,} entries\n?$", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task AuditVerify_OneRowAlteredWithSql_NamesThatEntryWithExitCodeTwo()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        await using (var connection = new SqliteConnection($"Data Source={DbFile};Pooling=False"))
        {
            await connection.OpenAsync(Cancel);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE \"AuditLog\" SET \"Changes\" = \"Changes\" || ' ' WHERE \"Sequence\" = 100";
            Assert.Equal(1, await update.ExecuteNonQueryAsync(Cancel));
        }

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("audit log broken at entry 100: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("altered", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task AuditVerify_EmptyDatabase_IsIntactWithNoEntries()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("audit log intact: 0 entries", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_PostgreSql_IntactThenBrokenAfterAnUpdate()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var connection = database.Location.ConnectionString;
        await CliRun.RunAsync("demo", "--db", connection);
        var intact = await CliRun.RunAsync("audit", "verify", "--db", connection);
        await using (var context = database.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Actor\" = 'someone else' WHERE \"Sequence\" = 7", Cancel);
        }

        var broken = await CliRun.RunAsync("audit", "verify", "--db", connection);

        Assert.Equal(0, intact.ExitCode);
        Assert.StartsWith("audit log intact: ", intact.Output, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith("audit log broken at entry 7: ", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditShow_Last_PrintsTheLatestEntriesOldestFirst()
    {
        await CliRun.RunAsync("users", "add", "alice", "--role", "Viewer", "--api-key", "--db", DbFile);

        var run = await CliRun.RunAsync("audit", "show", "--last", "2", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["SEQ", "TIME", "ACTOR", "ACTION", "TYPE", "ID"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var last = lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var previous = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(long.Parse(previous[0], System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(last[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["cli:" + Environment.UserName, "Added", "ApiKey"], last[3..6]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT?$", last[1]);
    }

    [Fact]
    public async Task AuditShow_Subject_PrintsOnlyTheEntriesAboutThatRecord()
    {
        await CliRun.RunAsync("users", "add", "alice", "--role", "Viewer", "--api-key", "--db", DbFile);
        await CliRun.RunAsync("users", "add", "bob", "--role", "Viewer", "--db", DbFile);
        string aliceId;
        await using (var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext())
        {
            aliceId = (await context.Users.SingleAsync(u => u.UserName == "alice", Cancel)).Id;
        }

        var run = await CliRun.RunAsync("audit", "show", "--subject", aliceId, "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        var types = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5]).ToList();
        Assert.Equal(["Account", "AccountRole", "ApiKey"], types);
    }

    [Fact]
    public async Task AuditShow_LastZero_IsRefused()
    {
        var run = await CliRun.RunAsync("audit", "show", "--last", "0", "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--last", run.Error, StringComparison.Ordinal);
    }
}
