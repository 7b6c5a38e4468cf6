using Whereabouts.Application.Tracing;

namespace Whereabouts.Web;

/// <summary>
/// Where the key ring that encrypts families' contacts is kept: <c>Whereabouts:Contacts:KeyFolder</c>,
/// by default a <c>contact-keys</c> folder in the user's local application data, never the
/// database (docs/adr/0025). Every app server of one registry must be given the same folder.
/// </summary>
internal static class ContactKeys
{
    /// <summary>The configuration key of the folder.</summary>
    public const string FolderSetting = "Whereabouts:Contacts:KeyFolder";

    /// <summary>Registers the <see cref="ContactVault"/> over the configured folder.</summary>
    public static IServiceCollection AddContactVault(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = configuration[FolderSetting] is { Length: > 0 } configured ? configured : ContactVault.DefaultFolder;
        services.AddSingleton(_ => ContactVault.InFolder(folder));
        return services;
    }
}
