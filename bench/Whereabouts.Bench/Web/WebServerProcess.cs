using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Whereabouts.Bench.Web;

/// <summary>
/// The web app as a separate OS process, as it runs in production: the Release build published to
/// a temporary folder, started with <c>dotnet Whereabouts.Web.dll</c> on a free loopback port,
/// logging at Warning, behind a TLS proxy (the bench's clients, <see cref="CreateClient"/>, say the
/// request came over HTTPS, as the proxy would, and the app believes loopback). Disposing kills it.
/// </summary>
internal sealed class WebServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private WebServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;

        // Ctrl+C and exceptions reach DisposeAsync; a SIGTERM to the bench ends it without, so the
        // server is also killed when the bench process exits.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>When the app first answered, counted from the start of its process.</summary>
    public StartTimes Started { get; private set; } = new(TimeSpan.Zero, null, TimeSpan.Zero);

    /// <summary>
    /// Publishes src/Whereabouts.Web in Release to <paramref name="folder"/> and returns the path of
    /// its dll. Publishing to a folder of our own means another build of the repository during the
    /// run cannot replace the files the server is running from.
    /// </summary>
    public static async Task<string> PublishAsync(string repository, string folder, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repository, "src", "Whereabouts.Web", "Whereabouts.Web.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var output = publish.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = publish.StandardError.ReadToEndAsync(cancellationToken);
        await publish.WaitForExitAsync(cancellationToken);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of {project} failed:\n{await output}\n{await errors}");
        }

        return Path.Combine(folder, "Whereabouts.Web.dll");
    }

    /// <summary>
    /// Starts the app on <paramref name="database"/> and waits until <c>GET /</c> answers 200 and,
    /// when <paramref name="search"/> is given, until that API path answers 200 to <paramref name="apiKey"/>;
    /// <see cref="Started"/> says when each first answered.
    /// </summary>
    public static async Task<WebServerProcess> StartAsync(string dll, string database, string? search, string? apiKey, CancellationToken cancellationToken)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}"));
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root (appsettings.json, wwwroot) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", address.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        // The database goes in the environment rather than as --db, so that a PostgreSQL password
        // does not show in the process list.
        start.Environment["WHEREABOUTS_DATABASE"] = database;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // Outside Development the app's cookies are Secure and its forms refuse plain HTTP: the
        // bench plays the TLS proxy of a deployment (docs/deployment.md) from loopback.
        start.Environment["Whereabouts__Proxies__KnownProxies__0"] = "127.0.0.1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        var server = new WebServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(clock, search, apiKey, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>A client of the app as the TLS proxy in front of it would send: over HTTPS, it says (<c>X-Forwarded-Proto</c>).</summary>
    public HttpClient CreateClient(HttpMessageHandler handler, TimeSpan timeout)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = Address, Timeout = timeout };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    /// <summary>The peak resident set of the server so far (VmHWM), in bytes, or 0 where /proc is absent.</summary>
    public long PeakWorkingSet() => Status("VmHWM:");

    /// <summary>The resident set of the server now (VmRSS), in bytes, or 0 where /proc is absent.</summary>
    public long WorkingSet() => Status("VmRSS:");

    private long Status(string field)
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? 0 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The last lines the server wrote, for error messages.</summary>
    public string RecentOutput()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Stopwatch clock, string? search, string? apiKey, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler();
        using var client = CreateClient(handler, TimeSpan.FromSeconds(5));
        TimeSpan? firstAnswer = null;
        TimeSpan? firstSearch = null;
        TimeSpan? ready = null;
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the web app exited with code {_process.ExitCode} before answering:\n{RecentOutput()}");
            }

            try
            {
                if (ready is null)
                {
                    using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                    firstAnswer ??= clock.Elapsed;
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        ready = clock.Elapsed;
                    }
                }

                if (search is not null && firstSearch is null && firstAnswer is not null)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(search, UriKind.Relative));
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
                    using var response = await client.SendAsync(request, cancellationToken);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        firstSearch = clock.Elapsed;
                    }
                }

                if (ready is { } done && (search is null || firstSearch is not null))
                {
                    Started = new StartTimes(firstAnswer!.Value, firstSearch, done);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy migrating; ask again.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"the web app did not answer GET / with 200 within 3 minutes:\n{RecentOutput()}");
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
