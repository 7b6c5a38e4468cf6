using Microsoft.Playwright;
using Whereabouts.Web.BrowserTests.Support;

// One Chromium for the whole run; each test gets its own context (cookies, storage) from it.
[assembly: AssemblyFixture(typeof(BrowserSession))]

namespace Whereabouts.Web.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, driven through Playwright. Playwright cannot download its own browser here, so
/// the executable is <c>WHEREABOUTS_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c>, else
/// <c>/usr/bin/chromium-headless-shell</c>. Without one, browser tests are skipped, except on CI
/// (<c>CI=true</c>), where they fail: CI must run them. A <c>WHEREABOUTS_CHROMIUM</c> that names no file
/// always fails, since someone asked for that browser.
/// </summary>
/// <remarks>
/// Our own xunit v3 assembly fixture: Playwright's xunit base classes ran no tests under the new test
/// platform. The Playwright driver (node and its package) comes with the NuGet package and is copied
/// into the output's <c>.playwright</c> folder by the package's build targets.
/// </remarks>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumVariable = "WHEREABOUTS_CHROMIUM";

    private static readonly string[] DebianChromium = ["/usr/bin/chromium", "/usr/bin/chromium-headless-shell"];

    // Without the networking flags Chromium keeps trying to reach hosts it cannot reach here.
    private static readonly string[] ChromiumArguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The folder screenshots are saved in: <c>screenshots</c> under the test output directory.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var executable = FindChromium();
        if (executable is null)
        {
            // Reported by each test that asks for a page (a skip, or a failure on CI).
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// A new page in a fresh browser context (no cookies, no storage) whose relative URLs resolve
    /// against <paramref name="baseAddress"/>; disposing it closes the context. Skips the test when
    /// no Chromium is installed, or fails it on CI. The browser's language is
    /// <paramref name="locale"/> (British English unless told), which it sends as <c>Accept-Language</c>.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(Uri baseAddress, string locale = "en-GB")
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var browser = RequireBrowser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.AbsoluteUri,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        try
        {
            return new BrowserPage(context, await context.NewPageAsync());
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>Saves a full-page screenshot as <c>screenshots/NAME.png</c> under the test output directory and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private IBrowser RequireBrowser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        var named = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            Assert.Fail($"{ChromiumVariable} names {named}, which does not exist.");
        }

        var message = $"Browser tests need Chromium: install it (sudo apt-get install chromium) or set {ChromiumVariable} "
            + $"to a Chromium executable. Looked for {string.Join(" and ", DebianChromium)}.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("On CI the browser tests must run. " + message);
        }

        Assert.Skip(message);
        return null!;
    }

    private static string? FindChromium()
    {
        var named = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named) ? named : null;
        }

        return DebianChromium.FirstOrDefault(File.Exists);
    }
}
