using Microsoft.Playwright;

namespace Whereabouts.Web.BrowserTests.Support;

/// <summary>A page in a browser context of its own; disposing it closes the context and the page with it.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    internal BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
