using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Whereabouts.Web;

/// <summary>
/// The Data Protection keys that sign and encrypt the session cookie and the antiforgery tokens,
/// kept in the registry's database so that every app server on it uses the same ones
/// (docs/adr/0024-two-app-servers.md), and encrypted there with a certificate when one is configured.
/// </summary>
internal static partial class SharedKeys
{
    /// <summary>The application name every server shares: keys made under another name protect nothing here.</summary>
    public const string ApplicationName = "Whereabouts";

    /// <summary>The configuration key of the .pfx file whose certificate encrypts the keys at rest.</summary>
    public const string CertificateSetting = "Whereabouts:DataProtection:Certificate";

    /// <summary>The configuration key of that file's password.</summary>
    public const string CertificatePasswordSetting = "Whereabouts:DataProtection:CertificatePassword";

    /// <summary>
    /// The configuration section of earlier certificates (a list of <c>Path</c> and <c>Password</c>),
    /// kept to read the keys they encrypted after the certificate is replaced.
    /// </summary>
    public const string PreviousCertificatesSetting = "Whereabouts:DataProtection:PreviousCertificates";

    /// <summary>
    /// Keeps the keys in <paramref name="services"/>' registry database, under <see cref="ApplicationName"/>;
    /// encrypted with the certificate of <see cref="CertificateSetting"/> when it is set.
    /// </summary>
    /// <exception cref="InvalidOperationException">A configured certificate cannot be read, or has no private key.</exception>
    public static void AddSharedKeys(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<Storage.WhereaboutsDbContext>();
        if (configuration[CertificateSetting] is not { Length: > 0 } path)
        {
            return;
        }

        var current = Load(CertificateSetting, path, configuration[CertificatePasswordSetting]);
        var previous = configuration.GetSection(PreviousCertificatesSetting).GetChildren()
            .Where(c => c["Path"] is { Length: > 0 })
            .Select(c => Load($"{PreviousCertificatesSetting}:{c.Key}:Path", c["Path"]!, c["Password"]));

        // New keys are encrypted with the current certificate; keys already stored are read with
        // it or with an earlier one (keys stored before any certificate need none).
        keys.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    /// <summary>
    /// Reads the key ring as the app starts, making the first key of a new database now: a server
    /// started after this one reads that key instead of making its own. Later keys are made two
    /// days before they are used (Data Protection's default), so every server has read them by then.
    /// Says once, as a warning, when the keys are kept unencrypted.
    /// </summary>
    public static void PrepareSharedKeys(this WebApplication app)
    {
        if (app.Configuration[CertificateSetting] is not { Length: > 0 })
        {
            KeysUnencrypted(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Whereabouts"));
        }

        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName, "start").Protect([0]);
    }

    private static X509Certificate2 Load(string setting, string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The file's path is configuration, not a secret; its password is never said.
            throw new InvalidOperationException($"{setting}: the certificate '{path}' cannot be read ({e.Message}); check the file and its password.", e);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{setting}: the certificate '{path}' has no private key; the keys it encrypts could not be read back.");
        }

        return certificate;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Data Protection keys (which sign sessions and forms) are stored unencrypted in the database: whoever can read the database or a backup of it can forge a session. Set " + CertificateSetting + " to a .pfx certificate to encrypt them (docs/deployment.md).")]
    private static partial void KeysUnencrypted(ILogger logger);
}
