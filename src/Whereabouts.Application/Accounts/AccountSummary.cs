namespace Whereabouts.Application.Accounts;

/// <summary>An account as administrators see it. No secrets.</summary>
/// <param name="Id">Identity's user id.</param>
/// <param name="UserName">The login name.</param>
/// <param name="Roles">The roles held, most powerful first.</param>
/// <param name="IsDisabled">Whether an administrator disabled it (no sign-in, no API keys).</param>
/// <param name="TwoFactorEnabled">Whether signing in asks for an authenticator code.</param>
/// <param name="LockedOutUntil">The end of a sign-in lockout after failed attempts, while it lasts; null otherwise.</param>
/// <param name="LastSignInAt">The last sign-in through the form, if known.</param>
/// <param name="ApiKeys">Its API keys, newest first, revoked ones included.</param>
public sealed record AccountSummary(
    string Id,
    string UserName,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    bool TwoFactorEnabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset? LastSignInAt,
    IReadOnlyList<ApiKeySummary> ApiKeys);
