namespace Whereabouts.Application.Accounts;

/// <summary>An API key as lists show it: never the key itself, which is shown once when it is made.</summary>
/// <param name="Id">The key record's identity (what <c>users revoke-key</c> and the revoke button name).</param>
/// <param name="Prefix">The key's first characters, to tell keys apart.</param>
/// <param name="CreatedAt">When the key was made.</param>
/// <param name="ExpiresAt">When it stops working by itself, or null.</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
/// <param name="Works">Whether it opens the API now: not revoked, not expired (its account may still be disabled).</param>
public sealed record ApiKeySummary(Guid Id, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool Works);
