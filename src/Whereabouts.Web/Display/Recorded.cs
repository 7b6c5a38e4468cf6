using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Whereabouts.Web.Display;

/// <summary>
/// The registry's own data (names, titles, quotes, notes, accounts) inside a translated sentence:
/// shown as recorded, in an element marked <c>translate="no"</c> so that neither a browser's
/// translator nor the tests that look for untranslated English take it for interface text.
/// </summary>
internal static class Recorded
{
    /// <summary><paramref name="text"/> in a <c>span translate="no"</c>, encoded when the page is written.</summary>
    public static IHtmlContent Text(string? text)
    {
        var span = new TagBuilder("span");
        span.Attributes["translate"] = "no";
        span.InnerHtml.Append(text ?? string.Empty);
        return span;
    }
}
