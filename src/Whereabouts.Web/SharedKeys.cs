using Microsoft.AspNetCore.DataProtection;

namespace Whereabouts.Web;

/// <summary>
/// The Data Protection keys that sign and encrypt the session cookie and the antiforgery tokens,
/// kept in the registry's database so that every app server on it uses the same ones
/// (docs/adr/0024-two-app-servers.md).
/// </summary>
internal static class SharedKeys
{
    /// <summary>The application name every server shares: keys made under another name protect nothing here.</summary>
    public const string ApplicationName = "Whereabouts";

    /// <summary>Keeps the keys in <paramref name="services"/>' registry database, under <see cref="ApplicationName"/>.</summary>
    public static void AddSharedKeys(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<Storage.WhereaboutsDbContext>();

    /// <summary>
    /// Reads the key ring as the app starts, making the first key of a new database now: a server
    /// started after this one reads that key instead of making its own. Later keys are made two
    /// days before they are used (Data Protection's default), so every server has read them by then.
    /// </summary>
    public static void PrepareSharedKeys(this WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName, "start").Protect([0]);
}
