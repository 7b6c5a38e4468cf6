namespace Whereabouts.Storage.Accounts;

/// <summary>
/// An API key of an account. Only a SHA-256 hash of the key is kept; the key itself is shown once,
/// when it is made. A key is revoked, never deleted, so the audit log can still name it.
/// </summary>
public sealed class ApiKey
{
    /// <summary>Creates a key record; <paramref name="expiresAt"/> null means the key works until revoked.</summary>
    public ApiKey(Guid id, string userId, string prefix, string hash, DateTimeOffset createdAt, DateTimeOffset? expiresAt = null)
    {
        Id = id;
        UserId = userId;
        Prefix = prefix;
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The key record's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The account the key acts as.</summary>
    public string UserId { get; private set; }

    /// <summary>The first characters of the key, for telling keys apart in lists.</summary>
    public string Prefix { get; private set; }

    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public string Hash { get; private set; }

    /// <summary>When the key was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the key stops working by itself, or null for a key that works until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When the key was revoked, or null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Version for optimistic concurrency.</summary>
    public int Version { get; private set; }

    /// <summary>Stops the key from working.</summary>
    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    /// <summary>Whether the key opens the API at <paramref name="now"/>: not revoked and not expired.</summary>
    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
