using System.Globalization;
using System.Text;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Administration.Accounts;

/// <summary>How the account pages word an account's state, roles, times and keys, in the reader's language.</summary>
internal static class AccountText
{
    public static string State(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.IsDisabled)
        {
            return Labels.Text("disabled");
        }

        return account.LockedOutUntil is { } until
            ? Format("enabled; sign-in paused until {0}", Time(until))
            : Labels.Text("enabled");
    }

    /// <summary>A role's name in the reader's language.</summary>
    public static string Role(string role) => Labels.Text(role);

    /// <summary>A moment in UTC, in the reader's culture; a dash when unknown.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC" : "—";

    public static string OnOff(bool on) => Labels.Text(on ? "on" : "off");

    public static string Keys(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var working = account.ApiKeys.Count(k => k.Works);
        return account.ApiKeys.Count == 0
            ? Labels.Text("none")
            : Format("{0} working of {1}", working, account.ApiKeys.Count);
    }

    public static string Expiry(ApiKeySummary key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.ExpiresAt is null ? Labels.Text("never") : Time(key.ExpiresAt);
    }

    public static string KeyState(ApiKeySummary key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.RevokedAt is { } revoked)
        {
            return Format("revoked {0}", Time(revoked));
        }

        return Labels.Text(key.Works ? "works" : "expired");
    }

    // The translated text is the format, so it is parsed on each use rather than cached.
    private static string Format(string english, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Labels.Text(english)), values);
}
