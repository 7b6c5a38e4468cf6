using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// Encrypts and decrypts the contact details of families who ask about a relative, with ASP.NET
/// Core Data Protection keys kept in a folder outside the database (docs/adr/0025): a copy of the
/// database, a backup or a stolen disk image of the database server shows no telephone number.
/// </summary>
/// <remarks>
/// The keys are not those of the web app's cookies (which live in the database, so that app
/// servers share them); they are their own key ring with their own application name, so that
/// nothing that reads the database can read a contact. Every app server of one registry must be
/// given the same folder (a shared mount) or a copy of it. Losing the folder loses the contacts,
/// and only them; <see cref="TryReveal"/> then says so instead of failing.
/// </remarks>
public sealed class ContactVault
{
    /// <summary>The application name the key ring is isolated under.</summary>
    public const string ApplicationName = "whereabouts-contacts";

    /// <summary>The key folder used when none is configured: <c>contact-keys</c> in the user's local application data, apart from any database.</summary>
    public static string DefaultFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Whereabouts", "contact-keys");

    private const string Purpose = "Whereabouts.Tracing.EnquirerContact.v1";
    private readonly IDataProtector _protector;

    /// <summary>A vault over an existing provider (tests, or a host that configured Data Protection itself).</summary>
    public ContactVault(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    /// <summary>A vault whose keys are kept in <paramref name="keyFolder"/> (created if missing).</summary>
    public static ContactVault InFolder(string keyFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFolder);
        var folder = Directory.CreateDirectory(keyFolder);
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(folder);

        // The provider owns its key ring for the life of the process, like the host's own would.
        var provider = services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
        return new ContactVault(provider);
    }

    /// <summary>The contact details encrypted; the result holds nothing readable.</summary>
    public string Protect(string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return _protector.Protect(contact);
    }

    /// <summary>The contact details decrypted, or null when the key they were encrypted with is gone or the text was altered.</summary>
    public string? TryReveal(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        try
        {
            return _protector.Unprotect(protectedText);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
