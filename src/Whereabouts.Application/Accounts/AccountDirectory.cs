using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Accounts;

/// <summary>Lists the registry's accounts with their roles, state and API keys, for administrators.</summary>
public sealed class AccountDirectory(WhereaboutsDbContext context, TimeProvider clock)
{
    /// <summary>Every account, by name.</summary>
    public Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(null, cancellationToken);

    /// <summary>One account by its id, or null.</summary>
    public async Task<AccountSummary?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>One account by its login name (any casing), or null.</summary>
    public async Task<AccountSummary?> FindByNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = userName?.Trim().ToUpperInvariant() ?? string.Empty;
        var id = await context.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).Select(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return id is null ? null : await FindAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<AccountSummary>> QueryAsync(string? id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accounts = await context.Users.AsNoTracking()
            .Where(u => id == null || u.Id == id)
            .Select(u => new { u.Id, u.UserName, u.LockoutEnabled, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = await (
                from link in context.UserRoles
                join role in context.Roles on link.RoleId equals role.Id
                where id == null || link.UserId == id
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var states = await context.AccountStates.AsNoTracking()
            .Where(s => id == null || s.UserId == id)
            .ToDictionaryAsync(s => s.UserId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var keys = await context.ApiKeys.AsNoTracking()
            .Where(k => id == null || k.UserId == id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rolesOf = held.ToLookup(h => h.UserId, h => h.Name ?? string.Empty, StringComparer.Ordinal);
        var keysOf = keys.ToLookup(k => k.UserId, StringComparer.Ordinal);

        return [.. accounts
            .OrderBy(a => a.UserName, StringComparer.Ordinal)
            .Select(a =>
            {
                var state = states.GetValueOrDefault(a.Id);
                return new AccountSummary(
                    a.Id,
                    a.UserName ?? string.Empty,
                    [.. rolesOf[a.Id].OrderBy(RoleRank).ThenBy(r => r, StringComparer.Ordinal)],
                    state?.IsDisabled ?? false,
                    a.TwoFactorEnabled,

                    // As Identity decides it: lockout applies only to accounts it is enabled for.
                    a.LockoutEnabled && a.LockoutEnd is { } end && end > now ? end : null,
                    state?.LastSignInAt,
                    [.. keysOf[a.Id]
                        .OrderByDescending(k => k.CreatedAt)
                        .Select(k => new ApiKeySummary(k.Id, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.WorksAt(now)))]);
            })];
    }

    // Most powerful first, as Roles.All lists them; unknown roles (made by hand) last.
    private static int RoleRank(string role)
    {
        var rank = Roles.All.ToList().IndexOf(role);
        return rank < 0 ? int.MaxValue : rank;
    }
}
