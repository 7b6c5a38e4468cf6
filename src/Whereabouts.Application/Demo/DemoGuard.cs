using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Accounts;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Keeps a demo registry and a real one apart (docs/adr/0023). Real people go into a registry that
/// holds invented ones only when the caller says so explicitly; and the first real person to
/// arrive, however they arrive, retires the demo administrator, whose password was printed on a
/// console for anyone to try.
/// </summary>
public static class DemoGuard
{
    /// <summary>The field (API), option (<c>--allow-demo-data</c> on the command line) and box (pages) that allow real people beside invented ones.</summary>
    public const string AllowField = "allowDemoData";

    /// <summary>Why a real import into a demo registry is refused, and how to go on (translated on the pages).</summary>
    public const string Refusal =
        "This registry holds invented (demo) people. Real people are imported beside them only when you say so: "
        + "allowDemoData in the API, --allow-demo-data on the command line, or the box “Import beside the invented (demo) people” on the page. "
        + "The demo administrator is then disabled. For a real registry, start with an empty database and an administrator of your own (see the README).";

    /// <summary>Refuses, unless <paramref name="allowDemoData"/>, to add real people to a registry that holds invented people.</summary>
    /// <exception cref="ValidationFailedException">The registry holds invented people and the caller did not allow it; the field is <see cref="AllowField"/>.</exception>
    public static async Task RefuseBesideInventedAsync(WhereaboutsDbContext context, bool allowDemoData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!allowDemoData && await context.People.AnyAsync(p => p.IsInvented, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException(AllowField, Refusal);
        }
    }

    /// <summary>Whether the context is about to add a person who is not invented.</summary>
    public static bool AddsRealPeople(WhereaboutsDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ChangeTracker.Entries<Person>().Any(e => e.State == EntityState.Added && !e.Entity.IsInvented);
    }

    /// <summary>
    /// Puts in <paramref name="context"/> (unsaved) the demo administrator's retirement: the account
    /// disabled, its security stamp changed, which ends its browser sessions, and its API keys
    /// revoked. Saved by the context's next save, so with the first real person or not at all.
    /// </summary>
    /// <returns>The hashes of the account's keys, to forget from the cache of key owners once saved; empty when there is nothing to retire.</returns>
    public static async Task<IReadOnlyList<string>> RetireDemoAdministratorAsync(WhereaboutsDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var normalized = AccountService.DemoAdministrator.ToUpperInvariant();
        var user = await context.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return [];
        }

        var keys = await context.ApiKeys.Where(k => k.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var state = await context.AccountStates.FirstOrDefaultAsync(s => s.UserId == user.Id, cancellationToken).ConfigureAwait(false);
        if (state is { IsDisabled: true } && keys.TrueForAll(k => k.RevokedAt is not null))
        {
            return [];
        }

        if (state is null)
        {
            state = new AccountState(user.Id);
            context.AccountStates.Add(state);
        }

        state.Disable(now);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        keys.ForEach(k => k.Revoke(now));
        return [.. keys.Select(k => k.Hash)];
    }

    /// <summary>
    /// Retires the demo administrator now, in a save of its own, when the registry holds real
    /// people: the safety net under every way a real person arrives (a registry from before this
    /// rule, a path that bypassed it).
    /// </summary>
    /// <returns>Whether the account was retired now.</returns>
    public static async Task<bool> RetireIfRealAsync(WhereaboutsDatabase database, IApiKeyOwnerCache owners, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(owners);
        ArgumentNullException.ThrowIfNull(clock);
        await using var context = database.CreateContext("demo guard");
        if (!await context.People.AnyAsync(p => !p.IsInvented, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var keys = await RetireDemoAdministratorAsync(context, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!context.ChangeTracker.HasChanges())
        {
            return false;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        owners.Forget(keys);
        return true;
    }
}
