namespace Whereabouts.Web.Authorization;

/// <summary>The <c>Accounts</c> section of the web app's settings.</summary>
internal sealed class AccountsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Accounts";

    /// <summary>
    /// When true, an Administrator signed in without two-factor sign-in is sent to set it up before
    /// any other page. Off by default so a demo registry opens at once; a registry with real people
    /// should turn it on.
    /// </summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
