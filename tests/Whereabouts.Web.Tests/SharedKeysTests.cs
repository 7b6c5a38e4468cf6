using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

/// <summary>
/// The Data Protection keys kept in the database (docs/deployment.md): encrypted with a configured
/// certificate, which the test makes itself, and read back by another server; said to be
/// unencrypted, once, when no certificate is configured.
/// </summary>
public sealed class SharedKeysTests : IDisposable
{
    private const string Password = "invented-pfx-password";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", "keys-" + Guid.NewGuid().ToString("N"));

    public SharedKeysTests() => Directory.CreateDirectory(_folder);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AddSharedKeys_Certificate_StoresNoPlainKeyAndAnotherServerReadsTheCookie()
    {
        var settings = new Dictionary<string, string>
        {
            ["db"] = Path.Combine(_folder, "registry.db"),
            [SharedKeys.CertificateSetting] = WriteCertificate("keys.pfx"),
            [SharedKeys.CertificatePasswordSetting] = Password,
        };
        var logs = new CapturedLogs();
        await using var first = WebApp.WithCapturedLogs(logs, settings);
        await first.InitializeAsync();
        var account = await first.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        var cookies = new CookieContainer();
        using var onFirst = first.Browser(cookies);
        await WebApp.SignInAsync(onFirst, account);

        // A second server on the same database decrypts the key the first made, with the same certificate.
        await using var second = WebApp.With(settings);
        await second.InitializeAsync();
        using var onSecond = second.Browser(cookies);
        using var dashboard = await onSecond.GetAsync(new Uri("/Dashboard", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        await using var context = first.Database.CreateContext();
        var stored = await context.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Cancel);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(logs.Lines, l => l.Contains("stored unencrypted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrepareSharedKeys_NoCertificate_WarnsOnceThatTheKeysAreUnencrypted()
    {
        var logs = new CapturedLogs();
        await using var app = WebApp.WithCapturedLogs(logs);
        await app.InitializeAsync();

        var warning = Assert.Single(logs.Lines, l => l.Contains("stored unencrypted", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains(SharedKeys.CertificateSetting, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSharedKeys_CertificateWithAWrongPassword_StopsTheStartNamingTheSettingButNotThePassword()
    {
        var settings = new Dictionary<string, string>
        {
            [SharedKeys.CertificateSetting] = WriteCertificate("keys.pfx"),
            [SharedKeys.CertificatePasswordSetting] = "not-the-invented-password",
        };
        await using var app = WebApp.With(settings);

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());

        var said = refused.ToString();
        Assert.Contains(SharedKeys.CertificateSetting, said, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-invented-password", said, StringComparison.Ordinal);
    }

    // A self-signed certificate made here, as an operator would make one for the keys.
    private string WriteCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Invented registry keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
