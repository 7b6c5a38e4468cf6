using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// The patterns that mark page furniture, by class and id (where sites name their share bars,
/// related-link boxes, comment threads and bios) and by the wording of short lines (share prompts,
/// "Advertisement", moderation notices). General vocabulary of web templates, not rules for sites.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Class or id words that mark furniture even inside an element that looks like the article.</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|commentlist|comment-?(?:list|section|form|thread)|disqus|respond|replies|share|sharing|sharebar|social|socials|related|recommend(?:ed|ations)?|more-?stories|read-?more|readmore|newsletter|subscribe|subscription|signup|promo|promotion|advert|advertisement|ads?|adslot|adunit|ad-?container|sponsor(?:ed)?|outbrain|taboola|zergnet|author-?(?:bio|info|box|card)|bio|about-?(?:the-?)?author|byline|breadcrumbs?|tag-?(?:list|cloud|links)|topics|trending|popular|most-?read|sidebar|footer|nav|navbar|navigation|menu|masthead|cookie|consent|modal|popup|paywall|print|toolbar|tools|skip|visually-?hidden|sr-only|caption|credit|rating|pagination|pager)(?:$|[\s_-]|s\b)|(?:^|[\s_-])tags(?:$|\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NegativeName();

    /// <summary>Class or id words that mark the article body.</summary>
    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|prose|rich-?text|column",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PositiveName();

    /// <summary>Lines that are furniture whatever element holds them (matched against short lines only).</summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored( content)?|ad|share( this)?( article| story| post| page)?|share on \w+|tweet|email|print|comments?|\d+ comments?|no comments|leave a (comment|reply)|comments are closed\.?|this comment (has been|was) (removed|deleted).*|comment (removed|deleted).*|read more.*|continue reading.*|related( articles| stories| posts| content| coverage)?:?|more (from|on|stories).*|recommended( for you)?|follow us.*|sign up.*|subscribe.*|click here.*|image( source)?:.*|photo( credit)?:.*|\(?(photo|image|picture)( by| courtesy| credit)?[^.]{0,60}\)?|getty images|reuters|ap photo.*|you may also like.*|trending( now)?|most (read|popular)|also read:?.*|see also:?.*|watch:.*|listen:.*|©.*|copyright.*|all rights reserved.*|реклама|читайте также.*|поделиться.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureLine();

    /// <summary>A byline: "By A. Name" or "By A. Name and B. Name, Agency".</summary>
    [GeneratedRegex(@"^(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Аа]втор:?)\s+\p{Lu}[\p{L}.'\-]*(?:[\s,]+(?:and\s+)?[\p{L}.'\-]+){0,8}$", RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    /// <summary>A heading that opens the comment thread or an author's biography, after which nothing is article text.</summary>
    [GeneratedRegex(@"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|reader comments|join the (conversation|discussion)|leave a (comment|reply)|about the author|about (?:the )?writer|author bio|комментари\w*|об авторе)(?:\s*\(\d+\))?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TailHeading();
}
