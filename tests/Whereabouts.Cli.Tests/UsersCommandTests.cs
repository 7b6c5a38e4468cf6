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
    public async Task UsersList_TwoAccounts_ShowsNamesRolesLockoutAndKeyCountsButNoSecrets()
    {
        var alice = await CliRun.RunAsync("users", "add", "alice", "--role", "Administrator", "--api-key", "--db", DbFile);
        await CliRun.RunAsync("users", "add-key", "alice", "--db", DbFile);
        var bob = await CliRun.RunAsync("users", "add", "bob", "--role", "Viewer", "--db", DbFile);

        var run = await CliRun.RunAsync("users", "list", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["NAME", "ROLES", "LOCKED", "OUT", "API", "KEYS"], rows[0]);
        Assert.Equal(["alice", Roles.Administrator, "no", "2"], rows[1]);
        Assert.Equal(["bob", Roles.Viewer, "no", "0"], rows[2]);
        Assert.Equal(3, rows.Count);
        foreach (var secret in new[] { Field(alice, "password"), Field(alice, "api key"), Field(bob, "password") })
        {
            Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        }
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
