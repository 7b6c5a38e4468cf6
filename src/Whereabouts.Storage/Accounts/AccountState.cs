namespace Whereabouts.Storage.Accounts;

/// <summary>
/// What the registry keeps about an account beyond Identity's own columns: whether an
/// administrator disabled it, and when it last signed in. An account without a row is enabled and
/// has not signed in since this was recorded.
/// </summary>
/// <remarks>
/// Disabling is kept apart from Identity's lockout on purpose: lockout follows failed sign-ins and
/// must only stop the sign-in form, while a disabled account is stopped everywhere, its API keys too.
/// </remarks>
public sealed class AccountState
{
    /// <summary>Creates the state of an account.</summary>
    public AccountState(string userId)
    {
        UserId = userId;
    }

    /// <summary>The account (Identity's user id).</summary>
    public string UserId { get; private set; }

    /// <summary>When an administrator disabled the account, or null while it is enabled.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>When the account last signed in through the sign-in form, or null if not known.</summary>
    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>Version for optimistic concurrency.</summary>
    public int Version { get; private set; }

    /// <summary>Whether the account is disabled.</summary>
    public bool IsDisabled => DisabledAt is not null;

    /// <summary>Stops the account from signing in and its API keys from working.</summary>
    public void Disable(DateTimeOffset at) => DisabledAt ??= at;

    /// <summary>Lets the account sign in and use its API keys again.</summary>
    public void Enable() => DisabledAt = null;

    /// <summary>Records a successful sign-in.</summary>
    public void SignedIn(DateTimeOffset at) => LastSignInAt = at;
}
