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
        Assert.Matches(@"^audit log intact: \d{3,} entries; \d{3,} rows agree with their latest entries\n?$", run.Output.ReplaceLineEndings("\n"));
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
    public async Task AuditVerify_FateForgedWithSql_NamesTableIdAndFieldsWithExitCodeTwo()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var id = await ScalarAsync("SELECT \"Id\" FROM \"FateAssertions\" ORDER BY \"Id\" LIMIT 1");
        await ExecuteAsync($"UPDATE \"FateAssertions\" SET \"Status\" = 9, \"EvidenceCredibility\" = 1 WHERE \"Id\" = '{id}'");

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"FateAssertions {id}: Evidence.Credibility, Status differ from the values the log recorded", lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^audit verify: \d+ entries, \d+ rows checked; 1 rows and 0 anchors disagree with the log$", lines[1]);
    }

    [Fact]
    public async Task AuditVerify_RowsDeletedAndInsertedWithSql_NamesEachWithExitCodeTwo()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var id = await ScalarAsync("SELECT \"Id\" FROM \"Incidents\" ORDER BY \"Id\" LIMIT 1");
        await ExecuteAsync($"PRAGMA foreign_keys = OFF; DELETE FROM \"Incidents\" WHERE \"Id\" = '{id}'; "
            + "INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"Version\") VALUES ('forged', 'Forged', 0)");

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Parties forged: no audit entry is about this row: inserted by hand", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Incidents {id}: the row is gone", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("deleted by hand", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_ProblemText_PrintsControlCharactersAsCodes()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        await ExecuteAsync("INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"Version\") VALUES ('forged' || char(27) || '[2K' || char(8238), 'Forged', 0)");

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Parties forged\\u001B[2K\\u202E: no audit entry", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public async Task AuditAnchor_ThenLogCutShort_VerifyAgainstTheAnchorFailsWithExitCodeTwo()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var anchor = await CliRun.RunAsync("audit", "anchor", "--db", DbFile);
        var head = anchor.Output.Trim();
        var sequence = long.Parse(head.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

        var reached = await CliRun.RunAsync("audit", "verify", "--anchor", head, "--db", DbFile);
        await ExecuteAsync($"DELETE FROM \"AuditLog\" WHERE \"Sequence\" > {sequence - 240}");
        var cut = await CliRun.RunAsync("audit", "verify", "--anchor", head, "--db", DbFile);

        Assert.Equal(0, anchor.ExitCode);
        Assert.Matches("^[0-9]+:[0-9a-f]{64}$", head);
        Assert.Equal(0, reached.ExitCode);
        Assert.Contains("reaches every anchor given (1)", reached.Output, StringComparison.Ordinal);
        Assert.Equal(2, cut.ExitCode);
        Assert.Contains($"anchor {head}: the log ends at entry {sequence - 240}, before it", cut.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_AnchorFileWithAnOldAndTheLatestHead_ChecksEveryLine()
    {
        await CliRun.RunAsync("users", "add", "alice", "--role", "Viewer", "--db", DbFile);
        var first = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output.Trim();
        await CliRun.RunAsync("users", "add", "bob", "--role", "Viewer", "--db", DbFile);
        var second = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output.Trim();
        var file = Path.Combine(_folder, "anchors.txt");
        await File.WriteAllLinesAsync(file, [first + " 2026-12-01T00:00:00Z", string.Empty, second + " 2026-12-02T00:00:00Z"], Cancel);

        var intact = await CliRun.RunAsync("audit", "verify", "--anchor-file", file, "--db", DbFile);
        await File.AppendAllLinesAsync(file, [first.Split(':')[0] + ":" + new string('f', 64)], Cancel);
        var rewritten = await CliRun.RunAsync("audit", "verify", "--anchor-file", file, "--db", DbFile);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("reaches every anchor given (2)", intact.Output, StringComparison.Ordinal);
        Assert.Equal(2, rewritten.ExitCode);
        Assert.Contains("the log was rewritten", rewritten.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("12:abc")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task AuditVerify_MalformedAnchor_IsRefusedWithExitCodeOne(string anchor)
    {
        var run = await CliRun.RunAsync("audit", "verify", "--anchor", anchor, "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--anchor", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditSeal_RowWrittenPastTheLog_IsSealedAndVerifyPassesAgain()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        await ExecuteAsync("INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"Version\") VALUES ('former', 'Former side', 0)");
        var before = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        var seal = await CliRun.RunAsync("audit", "seal", "--db", DbFile);
        var after = await CliRun.RunAsync("audit", "verify", "--db", DbFile);

        Assert.Equal(2, before.ExitCode);
        Assert.Equal(0, seal.ExitCode);
        Assert.StartsWith("sealed 1 rows of ", seal.Output, StringComparison.Ordinal);
        Assert.Contains("attributed to cli:" + Environment.UserName, seal.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task AuditAnchor_EmptyLog_SaysThereIsNothingToAnchor()
    {
        var run = await CliRun.RunAsync("audit", "anchor", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing to anchor", run.Error, StringComparison.Ordinal);
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
        // No test parties: they would be written past the log, and the demo adds its own.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, withParties: false);
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

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbFile};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync(Cancel) > 0, sql);
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbFile};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task AuditShow_LastZero_IsRefused()
    {
        var run = await CliRun.RunAsync("audit", "show", "--last", "0", "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--last", run.Error, StringComparison.Ordinal);
    }
}
