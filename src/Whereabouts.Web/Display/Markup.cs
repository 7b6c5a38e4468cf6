using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Whereabouts.Web.Display;

/// <summary>
/// Small elements to pass into a translated sentence as its arguments, so that a sentence keeps
/// its markup (a link, emphasis) wherever the language puts the word.
/// </summary>
internal static class Markup
{
    /// <summary><paramref name="text"/> in a <c>strong</c> element.</summary>
    public static IHtmlContent Strong(string text) => Element("strong", text);

    /// <summary><paramref name="text"/> in a <c>time</c> element.</summary>
    public static IHtmlContent Time(string text) => Element("time", text);

    /// <summary>A link to <paramref name="href"/> whose text is registry data (a title, a name), marked <c>translate="no"</c>.</summary>
    public static IHtmlContent RecordedLink(string href, string text)
    {
        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.Attributes["translate"] = "no";
        link.InnerHtml.Append(text);
        return link;
    }

    private static TagBuilder Element(string tag, string text)
    {
        var element = new TagBuilder(tag);
        element.InnerHtml.Append(text);
        return element;
    }
}
