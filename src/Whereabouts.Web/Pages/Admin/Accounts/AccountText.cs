using System.Globalization;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Pages.Admin.Accounts;

/// <summary>How the account pages word an account's state, times and keys.</summary>
internal static class AccountText
{
    public static string State(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.IsDisabled)
        {
            return "disabled";
        }

        return account.LockedOutUntil is { } until
            ? "enabled; sign-in paused until " + Time(until)
            : "enabled";
    }

    /// <summary>A moment in UTC, in the reader's culture; a dash when unknown.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC" : "—";

    public static string Keys(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var working = account.ApiKeys.Count(k => k.Works);
        return account.ApiKeys.Count == 0
            ? "none"
            : string.Create(CultureInfo.CurrentCulture, $"{working} working of {account.ApiKeys.Count}");
    }

    public static string KeyState(ApiKeySummary key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.RevokedAt is { } revoked)
        {
            return "revoked " + Time(revoked);
        }

        return key.Works ? "works" : "expired";
    }
}
