using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
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
    public async Task UsersAdd_WithApiKey_PrintsAPasswordAndAKeyThatWork()
    {
        var run = await CliRun.RunAsync("users", "add", "alice", "--role", "caseworker", "--api-key", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal("alice", Field(run, "name"));
        Assert.Equal(Roles.Caseworker, Field(run, "role"));
        Assert.Contains("shown only once", run.Output, StringComparison.Ordinal);
        await AssertAccountWorksAsync(DatabaseLocation.Sqlite(DbFile), "alice", Field(run, "password"), Field(run, "api key"), Roles.Caseworker);
    }

    [Fact]
    public async Task UsersAdd_WithoutApiKey_PrintsNoKeyAndCreatesNone()
    {
        var run = await CliRun.RunAsync("users", "add", "bob", "--role", "Viewer", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("api key", run.Output, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(0, await context.ApiKeys.CountAsync(Cancel));
    }

    [Fact]
    public async Task UsersAdd_Always_AuditLogNamesTheOperatingSystemUser()
    {
        await CliRun.RunAsync("users", "add", "carol", "--role", "Analyst", "--db", DbFile);

        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        var account = await context.AuditEntries.SingleAsync(e => e.EntityType == "Account", Cancel);
        Assert.Equal("cli:" + Environment.UserName, account.Actor);
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_FailsWithExitCodeOneAndCreatesNothing()
    {
        var run = await CliRun.RunAsync("users", "add", "dave", "--role", "Superuser", "--api-key", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown role 'Superuser'", run.Error, StringComparison.Ordinal);
        Assert.Contains(Roles.Administrator, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(0, await context.Users.CountAsync(Cancel));
        Assert.Equal(0, await context.AuditEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task UsersAdd_TakenName_FailsWithExitCodeOneAndKeepsTheFirstAccount()
    {
        var first = await CliRun.RunAsync("users", "add", "erin", "--role", "Viewer", "--db", DbFile);

        var second = await CliRun.RunAsync("users", "add", "Erin", "--role", "Administrator", "--db", DbFile);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("error: ", second.Error, StringComparison.Ordinal);
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Output);
        await AssertAccountWorksAsync(DatabaseLocation.Sqlite(DbFile), "erin", Field(first, "password"), apiKey: null, Roles.Viewer);
    }

    [Fact]
    public async Task UsersAdd_NameWithASpace_FailsWithExitCodeOneAndWritesNothing()
    {
        var run = await CliRun.RunAsync("users", "add", "two words", "--role", "Viewer", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is invalid", run.Error, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(0, await context.AuditEntries.CountAsync(Cancel));
    }

    [Theory]
    [InlineData("users", "--help")]
    [InlineData("users", "add", "--help")]
    [InlineData("users", "list", "--help")]
    [InlineData("users", "add-key", "--help")]
    [InlineData("users", "disable", "--help")]
    [InlineData("users", "enable", "--help")]
    [InlineData("users", "reset-password", "--help")]
    [InlineData("users", "add-role", "--help")]
    [InlineData("users", "remove-role", "--help")]
    [InlineData("users", "revoke-key", "--help")]
    [InlineData("users", "keys", "--help")]
    [InlineData("audit", "--help")]
    [InlineData("audit", "verify", "--help")]
    [InlineData("audit", "show", "--help")]
    public async Task Help_UsersAndAuditVerbs_PrintUsageAndTheDbOption(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_NoRole_IsRefusedByTheParser()
    {
        var run = await CliRun.RunAsync("users", "add", "frank", "--db", DbFile);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--role", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAddKey_ExistingAccount_PrintsAFurtherKeyThatWorks()
    {
        var created = await CliRun.RunAsync("users", "add", "grace", "--role", "Counsel", "--api-key", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "add-key", "grace", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("shown only once", run.Output, StringComparison.Ordinal);
        Assert.NotEqual(Field(created, "api key"), Field(run, "api key"));
        await AssertAccountWorksAsync(DatabaseLocation.Sqlite(DbFile), "grace", Field(created, "password"), Field(run, "api key"), Roles.Counsel);
    }

    [Fact]
    public async Task UsersAddKey_UnknownAccount_FailsWithExitCodeOne()
    {
        var run = await CliRun.RunAsync("users", "add-key", "nobody", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no account is named 'nobody'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersList_TwoAccounts_ShowsNamesRolesStateAndKeyCountsButNoSecrets()
    {
        var alice = await CliRun.RunAsync("users", "add", "alice", "--role", "Administrator", "--api-key", "--db", DbFile);
        await CliRun.RunAsync("users", "add-key", "alice", "--db", DbFile);
        var bob = await CliRun.RunAsync("users", "add", "bob", "--role", "Viewer", "--db", DbFile);
        await CliRun.RunAsync("users", "disable", "bob", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "list", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["NAME", "ROLES", "STATE", "TWO-FACTOR", "LOCKED-OUT", "LAST-SIGN-IN", "API-KEYS"], rows[0]);
        Assert.Equal(["alice", Roles.Administrator, "enabled", "off", "no", "-", "2"], rows[1]);
        Assert.Equal(["bob", Roles.Viewer, "disabled", "off", "no", "-", "0"], rows[2]);
        Assert.Equal(3, rows.Count);
        foreach (var secret in new[] { Field(alice, "password"), Field(alice, "api key"), Field(bob, "password") })
        {
            Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UsersDisableThenEnable_KeyStopsThenWorksAgain()
    {
        await CliRun.RunAsync("users", "add", "root", "--role", "Administrator", "--db", DbFile);
        var created = await CliRun.RunAsync("users", "add", "kate", "--role", "Analyst", "--api-key", "--db", DbFile);

        var disable = await CliRun.RunAsync("users", "disable", "kate", "--db", DbFile);
        var whileDisabled = await OwnerAsync(Field(created, "api key"));
        var enable = await CliRun.RunAsync("users", "enable", "kate", "--db", DbFile);

        Assert.Equal((0, 0), (disable.ExitCode, enable.ExitCode));
        Assert.Contains("kate is disabled", disable.Output, StringComparison.Ordinal);
        Assert.Null(whileDisabled);
        Assert.Equal("kate", (await OwnerAsync(Field(created, "api key")))?.UserName);
    }

    [Fact]
    public async Task UsersDisable_TheOnlyAdministrator_FailsAndSaysWhy()
    {
        await CliRun.RunAsync("users", "add", "root", "--role", "Administrator", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "disable", "root", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("only enabled Administrator", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersResetPassword_PrintsANewPasswordThatWorks()
    {
        var created = await CliRun.RunAsync("users", "add", "lena", "--role", "Counsel", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "reset-password", "lena", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(Field(created, "password"), Field(run, "password"));
        await AssertAccountWorksAsync(DatabaseLocation.Sqlite(DbFile), "lena", Field(run, "password"), apiKey: null, Roles.Counsel);
    }

    [Fact]
    public async Task UsersAddRoleAndRemoveRole_ChangeTheRolesTheKeyActsWith()
    {
        var created = await CliRun.RunAsync("users", "add", "max", "--role", "Viewer", "--api-key", "--db", DbFile);

        var add = await CliRun.RunAsync("users", "add-role", "max", "caseworker", "--db", DbFile);
        var remove = await CliRun.RunAsync("users", "remove-role", "max", "Viewer", "--db", DbFile);

        Assert.Equal((0, 0), (add.ExitCode, remove.ExitCode));
        Assert.Contains("max now holds the role Caseworker", add.Output, StringComparison.Ordinal);
        Assert.Equal([Roles.Caseworker], (await OwnerAsync(Field(created, "api key")))?.Roles);
    }

    [Fact]
    public async Task UsersRevokeKey_ByPrefix_TheKeyStopsWorking()
    {
        var created = await CliRun.RunAsync("users", "add", "nina", "--role", "Viewer", "--api-key", "--db", DbFile);
        var key = Field(created, "api key");

        var run = await CliRun.RunAsync("users", "revoke-key", key[..12], "--db", DbFile);
        var keys = await CliRun.RunAsync("users", "keys", "nina", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(key[..12], run.Output, StringComparison.Ordinal);
        Assert.Null(await OwnerAsync(key));
        Assert.EndsWith("no", keys.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAddKey_WithAnExpiry_PrintsItAndTheKeyWorksUntilThen()
    {
        await CliRun.RunAsync("users", "add", "omar", "--role", "Viewer", "--db", DbFile);
        var day = DateTimeOffset.UtcNow.AddDays(3);
        var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var run = await CliRun.RunAsync("users", "add-key", "omar", "--expires", text, "--db", DbFile);

        // The key works through the whole of the day given, so it expires at the next midnight.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00Z", Field(run, "expires"));
        Assert.Equal("omar", (await OwnerAsync(Field(run, "api key")))?.UserName);
    }

    [Theory]
    [InlineData("next tuesday", "is not a date")]
    [InlineData("2020-01-01", "in the future")]
    public async Task UsersAddKey_BadOrPastExpiry_FailsNamingTheExpiryAndIssuesNoKey(string expires, string expected)
    {
        await CliRun.RunAsync("users", "add", "pia", "--role", "Viewer", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "add-key", "pia", "--expires", expires, "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("expires", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        Assert.Equal(0, await context.ApiKeys.CountAsync(Cancel));
    }

    [Fact]
    public async Task UsersList_NoAccounts_SaysHowToCreateOne()
    {
        var run = await CliRun.RunAsync("users", "list", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("users add", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_PostgreSql_PrintsAPasswordAndAKeyThatWork()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var run = await CliRun.RunAsync("users", "add", "alice", "--role", "Analyst", "--api-key", "--db", database.Location.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        await AssertAccountWorksAsync(database.Location, "alice", Field(run, "password"), Field(run, "api key"), Roles.Analyst);
    }

    private async Task<ApiKeyOwner?> OwnerAsync(string apiKey)
    {
        var services = new ServiceCollection();
        services.AddWhereaboutsRegistry(DatabaseLocation.Sqlite(DbFile));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().FindByApiKeyAsync(apiKey, Cancel);
    }

    /// <summary>The value printed after "<paramref name="label"/>:" on a line of the run's output.</summary>
    private static string Field(CliRun run, string label)
    {
        var prefix = label + ":";
        var line = run.Output.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..].Trim();
    }

    private static async Task AssertAccountWorksAsync(DatabaseLocation location, string userName, string password, string? apiKey, string role)
    {
        var services = new ServiceCollection();
        services.AddWhereaboutsRegistry(location);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, password), "The printed password does not work.");
        Assert.Equal([role], await users.GetRolesAsync(user));
        if (apiKey is not null)
        {
            var owner = await scope.ServiceProvider.GetRequiredService<AccountService>().FindByApiKeyAsync(apiKey, Cancel);
            Assert.NotNull(owner);
            Assert.Equal(userName, owner.UserName);
            Assert.Equal([role], owner.Roles);
        }
    }
}
