using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts users</c>: creates accounts and API keys, and lists accounts. This is how the
/// first administrator of a real registry is made, so it works on the database directly, without
/// the web app and without signing in; the changes are attributed to the operating-system user.
/// </summary>
internal static class UsersCommand
{
    private const string ShownOnce = "These secrets are shown only once: the registry keeps only their hashes. Pass them on now.";

    public static Command Create(CliContext context)
    {
        var users = new Command("users", "Manage the accounts that sign in to the web app or call its API.");
        users.Subcommands.Add(CreateAdd(context));
        users.Subcommands.Add(CreateList(context));
        users.Subcommands.Add(CreateAddKey(context));
        return users;
    }

    private static Command CreateAdd(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The login name: Latin letters, digits and - . _ @ +." };
        var role = new Option<string>("--role")
        {
            Description = $"The account's role: {string.Join(", ", Roles.All)}.",
            Required = true,
            HelpName = "ROLE",
        };
        var apiKey = new Option<bool>("--api-key") { Description = "Also issue an API key for scripts and other systems." };
        var command = new Command("add", "Create an account with a generated password (and, with --api-key, an API key); both are printed once.")
        {
            name,
            role,
            apiKey,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithAccountsAsync(database, async accounts =>
        {
            var created = await accounts.CreateAsync(parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(apiKey), cancellationToken).ConfigureAwait(false);
            var output = context.Output;
            await output.WriteLineAsync($"name:     {created.UserName}").ConfigureAwait(false);
            await output.WriteLineAsync($"role:     {created.Role}").ConfigureAwait(false);
            await output.WriteLineAsync($"password: {created.Password}").ConfigureAwait(false);
            if (created.ApiKey is not null)
            {
                await output.WriteLineAsync($"api key:  {created.ApiKey}").ConfigureAwait(false);
            }

            await output.WriteLineAsync(ShownOnce).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateAddKey(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The account the key acts as." };
        var command = new Command("add-key", "Issue a further API key for an existing account; the key is printed once.")
        {
            name,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithAccountsAsync(database, async accounts =>
        {
            var key = await accounts.CreateApiKeyAsync(parse.GetValue(name)!, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"api key:  {key}").ConfigureAwait(false);
            await context.Output.WriteLineAsync(ShownOnce).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var command = new Command("list", "List the accounts: name, roles, whether locked out, and how many API keys work. No secrets are shown.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var rows = await ListAsync(services, cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                await context.Output.WriteLineAsync("No accounts yet; create one with: whereabouts users add NAME --role Administrator").ConfigureAwait(false);
                return 0;
            }

            await CliTable.WriteAsync(context.Output, ["NAME", "ROLES", "LOCKED OUT", "API KEYS"], rows).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static async Task<List<string[]>> ListAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<WhereaboutsDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var accounts = await context.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.LockoutEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = await (
                from link in context.UserRoles
                join role in context.Roles on link.RoleId equals role.Id
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = await context.ApiKeys
            .Where(k => k.RevokedAt == null)
            .GroupBy(k => k.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(k => k.UserId, k => k.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var rolesOf = held.ToLookup(h => h.UserId, h => h.Name ?? string.Empty, StringComparer.Ordinal);

        return accounts
            .OrderBy(a => a.UserName, StringComparer.Ordinal)
            .Select(a => new[]
            {
                a.UserName ?? string.Empty,
                rolesOf[a.Id].Any() ? string.Join(",", rolesOf[a.Id].OrderBy(RoleRank)) : "-",

                // As Identity decides it: lockout applies only to accounts it is enabled for.
                a.LockoutEnabled && a.LockoutEnd is { } end && end >= now
                    ? string.Create(CultureInfo.InvariantCulture, $"until {end.UtcDateTime:yyyy-MM-dd HH:mm}Z")
                    : "no",
                keys.GetValueOrDefault(a.Id).ToString(CultureInfo.InvariantCulture),
            })
            .ToList();
    }

    // Most powerful first, as Roles.All lists them; unknown roles (made by hand) last.
    private static int RoleRank(string role)
    {
        var rank = Roles.All.ToList().IndexOf(role);
        return rank < 0 ? int.MaxValue : rank;
    }

    private static async Task<int> WithAccountsAsync(WhereaboutsDatabase database, Func<AccountService, Task<int>> work) =>
        await WithServicesAsync(database, services => work(services.GetRequiredService<AccountService>())).ConfigureAwait(false);

    private static async Task<int> WithServicesAsync(WhereaboutsDatabase database, Func<IServiceProvider, Task<int>> work)
    {
        var services = new ServiceCollection();

        // Registered before the registry, which adds its "system" actor only when none is registered.
        services.AddSingleton<ICurrentActor>(new FixedActor(CliContext.ActorName));
        services.AddWhereaboutsRegistry(database.Location);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider).ConfigureAwait(false);
    }
}
