using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts users</c>: creates, lists and changes accounts and API keys, through the same
/// Application services as the web app's Administration pages. This is how the
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
        users.Subcommands.Add(CreateKeys(context));
        users.Subcommands.Add(CreateRevokeKey(context));
        users.Subcommands.Add(CreateResetPassword(context));
        users.Subcommands.Add(CreateAccountAct(
            context,
            "disable",
            "Disable an account: it cannot sign in and its API keys stop working (in a running web app within 30 seconds). The last enabled Administrator cannot be disabled.",
            (admin, name, cancel) => admin.DisableAsync(name, cancel),
            "{0} is disabled."));
        users.Subcommands.Add(CreateAccountAct(
            context,
            "enable",
            "Enable a disabled account again.",
            (admin, name, cancel) => admin.EnableAsync(name, cancel),
            "{0} is enabled."));
        users.Subcommands.Add(CreateRoleAct(
            context,
            "add-role",
            "Grant an account a further role.",
            (admin, name, role, cancel) => admin.AddRoleAsync(name, role, cancel),
            "{0} now holds the role {1}."));
        users.Subcommands.Add(CreateRoleAct(
            context,
            "remove-role",
            "Take a role from an account. The last enabled Administrator keeps the Administrator role.",
            (admin, name, role, cancel) => admin.RemoveRoleAsync(name, role, cancel),
            "{0} no longer holds the role {1}."));
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
        var expires = new Option<string?>("--expires")
        {
            Description = "When the key stops working: YYYY-MM-DD (to the end of that day, UTC) or an ISO 8601 time. Default: never (until revoked).",
            HelpName = "DATE",
        };
        var command = new Command("add-key", "Issue a further API key for an existing account; the key is printed once.")
        {
            name,
            expires,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithAccountsAsync(database, async accounts =>
        {
            var expiry = ParseExpiry(parse.GetValue(expires));
            var key = await accounts.CreateApiKeyAsync(parse.GetValue(name)!, expiry, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"api key:  {key}").ConfigureAwait(false);
            if (expiry is { } end)
            {
                await context.Output.WriteLineAsync($"expires:  {Time(end)}").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(ShownOnce).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var command = new Command("list", "List the accounts: name, roles, enabled or disabled, two-factor sign-in, sign-in lockout, last sign-in, and how many API keys work. No secrets are shown.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var accounts = await services.GetRequiredService<AccountDirectory>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (accounts.Count == 0)
            {
                await context.Output.WriteLineAsync("No accounts yet; create one with: whereabouts users add NAME --role Administrator").ConfigureAwait(false);
                return 0;
            }

            var rows = accounts.Select(a => new[]
            {
                a.UserName,
                a.Roles.Count > 0 ? string.Join(",", a.Roles) : "-",
                a.IsDisabled ? "disabled" : "enabled",
                a.TwoFactorEnabled ? "on" : "off",
                a.LockedOutUntil is { } end ? "until-" + Time(end) : "no",
                a.LastSignInAt is { } at ? Time(at) : "-",
                a.ApiKeys.Count(k => k.Works).ToString(CultureInfo.InvariantCulture),
            });
            await CliTable.WriteAsync(context.Output, ["NAME", "ROLES", "STATE", "TWO-FACTOR", "LOCKED-OUT", "LAST-SIGN-IN", "API-KEYS"], rows).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateKeys(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The account whose keys to list." };
        var command = new Command("keys", "List an account's API keys: id, first characters, when made, expiry and revocation (never the keys themselves).")
        {
            name,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var account = await services.GetRequiredService<AccountDirectory>().FindByNameAsync(parse.GetValue(name)!, cancellationToken).ConfigureAwait(false)
                ?? throw new ValidationFailedException("name", $"no account is named '{parse.GetValue(name)}'");
            if (account.ApiKeys.Count == 0)
            {
                await context.Output.WriteLineAsync($"{account.UserName} has no API keys; issue one with: whereabouts users add-key {account.UserName}").ConfigureAwait(false);
                return 0;
            }

            var rows = account.ApiKeys.Select(k => new[]
            {
                k.Id.ToString(),
                k.Prefix,
                Time(k.CreatedAt),
                k.ExpiresAt is { } end ? Time(end) : "-",
                k.RevokedAt is { } revoked ? Time(revoked) : "-",
                k.Works ? "yes" : "no",
            });
            await CliTable.WriteAsync(context.Output, ["ID", "PREFIX", "CREATED", "EXPIRES", "REVOKED", "WORKS"], rows).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateResetPassword(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The account." };
        var command = new Command("reset-password", "Give an account a new generated password (printed once) and lift a sign-in lockout.")
        {
            name,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var password = await services.GetRequiredService<AccountAdministration>().ResetPasswordAsync(parse.GetValue(name)!, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"password: {password}").ConfigureAwait(false);
            await context.Output.WriteLineAsync(ShownOnce).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateAccountAct(CliContext context, string verb, string description, Func<AccountAdministration, string, CancellationToken, Task> act, string done)
    {
        var name = new Argument<string>("NAME") { Description = "The account." };
        var command = new Command(verb, description)
        {
            name,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var account = parse.GetValue(name)!;
            await act(services.GetRequiredService<AccountAdministration>(), account, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, done, account)).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateRoleAct(CliContext context, string verb, string description, Func<AccountAdministration, string, string, CancellationToken, Task> act, string done)
    {
        var name = new Argument<string>("NAME") { Description = "The account." };
        var role = new Argument<string>("ROLE") { Description = $"One of {string.Join(", ", Roles.All)}." };
        var command = new Command(verb, description)
        {
            name,
            role,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var account = parse.GetValue(name)!;
            var canonical = Roles.Find(parse.GetValue(role)) ?? parse.GetValue(role)!;
            await act(services.GetRequiredService<AccountAdministration>(), account, canonical, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, done, account, canonical)).ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    private static Command CreateRevokeKey(CliContext context)
    {
        var key = new Argument<string>("KEY") { Description = "The key's id (see users keys NAME), or its first characters (wbk_ and at least four more), or the whole key." };
        var command = new Command("revoke-key", "Revoke an API key for good. A running web app stops accepting it within 30 seconds (at once if revoked there).")
        {
            key,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database => WithServicesAsync(database, async services =>
        {
            var revoked = await services.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(parse.GetValue(key)!, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"revoked:  {revoked.Prefix}… ({revoked.Id})").ConfigureAwait(false);
            return 0;
        })));
        return command;
    }

    /// <summary>
    /// An expiry as given on the command line: a date (the key works to the end of that day, UTC)
    /// or an ISO 8601 date and time with an offset.
    /// </summary>
    internal static DateTimeOffset? ParseExpiry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('T', StringComparison.Ordinal))
        {
            return moment;
        }

        throw new ValidationFailedException("--expires", $"'{text}' is not a date; write it as YYYY-MM-DD (the key works to the end of that day, UTC) or as YYYY-MM-DDTHH:MM:SSZ");
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

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
