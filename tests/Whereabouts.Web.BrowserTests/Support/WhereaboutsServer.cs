using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Whereabouts.Web.BrowserTests.Support;

/// <summary>
/// The real web app on Kestrel, listening on a port the system picks on 127.0.0.1, with a fresh
/// SQLite file that the app migrates and fills with the demo data as it starts. A browser needs a
/// real socket: the in-memory TestServer of <see cref="WebApplicationFactory{TEntryPoint}"/> only
/// answers its own HttpClient. Use it as a class fixture, so each test class has its own database.
/// </summary>
public sealed class WhereaboutsServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly Factory _factory;
    private Uri? _baseAddress;

    public WhereaboutsServer()
    {
        _factory = new Factory(Path.Combine(_folder, "registry.db"));
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>The app's services, e.g. to read the database the pages show.</summary>
    public IServiceProvider Services => _factory.Services;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);

        // Port 0: Kestrel binds a free port, and the bound address is read back from the server.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        _baseAddress = new Uri(addresses.Single(), UriKind.Absolute);

        // The reports' histories are read in the background after the start; the pages under test
        // show the figures, not "being prepared".
        await _factory.Services.GetRequiredService<Whereabouts.Application.Reports.FateHistoryCache>().Prepared.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class Factory(string databaseFile) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development is the environment `dotnet run` uses (launchSettings.json).
            builder.UseEnvironment("Development");
            builder.UseSetting("db", databaseFile);
        }
    }
}
