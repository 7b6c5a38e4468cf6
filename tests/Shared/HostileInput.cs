using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace Whereabouts.Testing.Properties;

/// <summary>
/// Generators of input no engine was tuned to, for the property tests of every engine: random
/// bytes, mutated text, words of the four scripts the registry meets (Latin, Cyrillic, Armenian,
/// Azerbaijani), control characters, lone surrogates, huge and malformed numbers, empty strings,
/// and HTML, CSV and XML built from those. Every sentence and word here is composed for the tests
/// or is an ordinary dictionary word; names are invented.
/// </summary>
/// <remarks>
/// Compiled into each test project that uses it (linked source, see the project files), so the
/// engines' test projects need no reference to each other.
/// </remarks>
internal static class HostileInput
{
    /// <summary>How long one call on a generated input may take: generous, because two cores are shared by the build and other tests; an engine that goes quadratic on these small inputs still blows it.</summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(5);

    /// <summary>Iterations per property: enough to find the crashes the fuzzer found, few enough to keep the suite fast.</summary>
    public const long Iterations = 400;

    private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
    private const string Armenian = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆևԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ";
    private const string Azerbaijani = "əƏğĞıİöÖüÜşŞçÇ";
    private const string Punctuation = " .,;:!?\"'()[]{}-–—…«»„“”/\\&%$#@*+=<>|~`^_";
    private const string Digits = "0123456789";

    // Controls, format characters, non-characters, lone surrogates and a valid pair: what
    // copy-paste, broken encoders and hostile senders put into text.
    private const string Odd = "\0\u0001\u0007\b\t\n\v\f\r\u001b\u007f\u0085\u00a0\u00ad\u200b\u200d\u200e\u200f\u2028\u2029\u202e\ufeff\ufffd\ufffe\uffff\ud800\udc00\ud83d\ude00\u0301\u0313";

    // Words that steer the engines down their branches: reporting and denial verbs, categories,
    // qualifiers, number words, dates, abbreviations, in the languages the registry reads.
    private static readonly string[] Cues =
    [
        "And", "and", "or", "the", "of", "A", "Mr.", "Dr.", "U.S.", "No.", "a.m.", "St.", "e.g.", "i.e.",
        "missing", "captured", "captive", "prisoners", "POWs", "soldiers", "servicemen", "civilians", "bodies",
        "held", "released", "returned", "repatriated", "killed", "died", "wounded", "injured", "arrested", "detained",
        "were", "was", "have", "been", "still", "remain", "went",
        "one", "two", "five", "eleven", "twenty-one", "hundred", "thousand", "million", "billion", "dozen", "dozens",
        "several", "hundreds", "a few", "half",
        "about", "around", "nearly", "more than", "over", "at least", "up to", "between", "from", "to", "some", "roughly",
        "said", "says", "told", "according to", "reported", "stated", "claimed", "denied", "rejected", "rumours",
        "unconfirmed", "allegedly", "not", "no",
        "Armenian", "Azerbaijani", "Armenia", "Azerbaijan", "Russian", "Karabakh", "Baku", "Yerevan",
        "December", "Dec.", "Monday", "yesterday", "today", "last week", "on", "in", "since", "2020", "2021", "1999",
        "14", "0", "00", "007", "1,000", "1.000", "1 000", "12,34,567", "3.5", "-5", "+7", "1e308", "NaN",
        "9999999999999999999999999999", "2147483648", "-2147483649", "18446744073709551616", "½", "¾", "٣", "４２", "Ⅻ",
        "1st", "2nd", "44th", "%", "$", "€5", "10:30", "+374 10 123456", "2020-12-14", "14.12.2020", "12/14/2020",
        "пропали", "без", "вести", "взяты", "в", "плен", "военнопленные", "погибли", "около", "более", "пять", "сообщил",
        "անհետ", "կորած", "գերի", "ռազմագերի", "մոտ", "հինգ", "հայտնել", "է",
        "itkin", "düşüb", "əsir", "həlak", "olub", "təxminən", "beş", "bildirib",
        "—", "–", "-", "\"", "'", "(", ")", ":", ";", "...", "…", "«", "»", ".", ",", "?", "!",
        string.Empty,
    ];

    private static readonly string[] TagNames =
    [
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template", "div", "p", "span", "a",
        "article", "main", "section", "header", "footer", "nav", "aside", "figure", "figcaption", "h1", "h2", "h3",
        "ul", "ol", "li", "table", "tr", "td", "br", "hr", "img", "time", "blockquote", "pre", "code", "form", "textarea",
        "iframe", "svg", "math", "select", "option", "button", "b", "i", "em", "strong", "font", "center", "x-weird",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"comment\"", "class=\"article-body content\"", "id=\"content\"", "id=\"comments\"", "class=\"share social\"",
        "itemprop=\"articleBody\"", "itemprop=\"author\"", "itemprop=\"datePublished\" content=\"2020-12-14\"",
        "property=\"og:title\" content=\"", "property=\"og:site_name\" content=\"Invented Courier\"",
        "property=\"article:published_time\" content=\"2021-13-45T99:99:99Z\"", "name=\"author\" content=\"Ani Testyan\"",
        "name=\"date\" content=\"9999-99-99\"", "charset=\"utf-16\"", "charset=\"no-such-charset\"",
        "http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"", "charset=\"utf-7\"", "charset=\"utf-32\"", "charset=\"x-user-defined\"", "datetime=\"2020-12-14T10:00:00+04:00\"",
        "datetime=\"-1\"", "type=\"application/ld+json\"", "hidden", "style=\"display:none\"", "role=\"main\"",
        "lang=\"hy\"", "dir=\"rtl\"", "href=\"javascript:alert(1)\"", "=\"\"", "a=b=c", "\"'<>",
    ];

    private static readonly string[] Entities = ["&amp;", "&lt;", "&nbsp;", "&#0;", "&#x0;", "&#xD800;", "&#1114112;", "&#99999999999;", "&bogus;", "&", "&#", "&#x;"];

    private static readonly string[] JsonLd =
    [
        "{\"@type\":\"NewsArticle\",\"headline\":\"Invented headline\",\"datePublished\":\"2020-12-14\",\"author\":{\"name\":\"Ani Testyan\"}}",
        "{\"@graph\":[{\"@type\":\"Article\",\"author\":[{\"name\":null},42,\"x\"],\"datePublished\":12}]}",
        "[{\"@type\":[\"NewsArticle\"],\"author\":{\"@type\":\"Person\",\"name\":{\"x\":1}},\"publisher\":{\"name\":[]}}]",
        "{\"datePublished\":\"9999-99-99T99:99\",\"headline\":\"\\ud800\"}",
        "{", "null", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ];

    /// <summary>One character of any kind, weighted toward letters of the four scripts.</summary>
    public static readonly Gen<char> Character = Gen.Frequency(
        (6, Gen.Char[Latin]),
        (3, Gen.Char[Cyrillic]),
        (3, Gen.Char[Armenian]),
        (1, Gen.Char[Azerbaijani]),
        (3, Gen.Char[Punctuation]),
        (2, Gen.Char[Digits]),
        (1, Gen.Char[Odd]),
        (1, Gen.Char));

    /// <summary>A word: a cue the engines react to, a run of random characters, or a huge or odd number.</summary>
    public static readonly Gen<string> Word = Gen.Frequency(
        (5, Gen.OneOf(Cues)),
        (3, Character.Array[0, 12].Select(c => new string(c))),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.Char[Digits].Array[15, 60].Select(d => new string(d))));

    /// <summary>Text of up to about a hundred words, joined by spaces, punctuation and line breaks.</summary>
    public static readonly Gen<string> Text = Gen.Select(
        Word.Array[0, 100],
        Gen.OneOf(" ", " ", " ", ", ", ". ", "\n", "\n\n", "\t", "  ", string.Empty, ".\u00a0", "\r\n").Array[100],
        (words, gaps) =>
        {
            var text = new StringBuilder();
            for (var i = 0; i < words.Length; i++)
            {
                text.Append(words[i]).Append(gaps[i]);
            }

            return text.ToString();
        });

    /// <summary>Paragraphs of <see cref="Text"/>, some null-like (empty) ones among them.</summary>
    public static readonly Gen<string[]> Paragraphs = Text.Array[0, 8];

    /// <summary>HTML of modest nesting (at most about 150 levels): tags, attributes, entities, comments, scripts, JSON-LD and text, closed or not.</summary>
    public static readonly Gen<string> Html = Gen.Frequency(
        (4, Gen.OneOf(TagNames).Select(Gen.OneOf(Attributes).Array[0, 3], Text, (tag, attributes, text) => $"<{tag} {string.Join(' ', attributes)}>{Escape(text)}")),
        (3, Gen.OneOf(TagNames).Select(tag => $"</{tag}>")),
        (3, Text.Select(Escape)),
        (1, Text),
        (1, Gen.OneOf(Entities)),
        (1, Gen.OneOf(JsonLd).Select(json => $"<script type=\"application/ld+json\">{json}</script>")),
        (1, Gen.OneOf("<!--", "-->", "<!-- a comment -->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<", ">", "</", "/>", "<p", "<meta charset=\"x\">", "<title>", "</title>", "<body>", "</html>")))
        .Array[0, 150]
        .Select(parts => string.Concat(parts));

    /// <summary>An HTML document: a head with metadata and a body of <see cref="Html"/>, or bare fragments.</summary>
    public static readonly Gen<string> HtmlDocument = Gen.Frequency(
        (3, Gen.Select(Text, Html, (title, body) => $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{Escape(title)}</title></head><body>{body}</body></html>")),
        (1, Html));

    /// <summary>CSV: a header (often the person-list columns) and rows of hostile values, quoted or not, ragged or not.</summary>
    public static readonly Gen<string> Csv = Gen.Select(
        Gen.Frequency(
            (3, Gen.Const("id,given_name,family_name,patronymic,birth_date,birth_place")),
            (1, Gen.Const("id")),
            (1, Word.Array[0, 6].Select(w => string.Join(',', w)))),
        Gen.Frequency(
            (4, Word),
            (1, Word.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")),
            (1, Gen.OneOf("\"", "\"\"", "\"a\"b", "\r", "\n", ",", ";", string.Empty, " ", "1", "1", "2")))
            .Array[0, 7].Select(v => string.Join(',', v)).Array[0, 12],
        Gen.OneOf("\n", "\r\n", "\r"),
        (header, rows, newline) => header + newline + string.Join(newline, rows));

    /// <summary>A PFIF-like XML document: the right namespace or not, person and note records with hostile field values, closed or not.</summary>
    public static readonly Gen<string> PfifXml = Gen.Select(
        Gen.OneOf("http://zesty.ca/pfif/1.4", "http://zesty.ca/pfif/1.1", "http://zesty.ca/pfif/1.3", "urn:other", string.Empty),
        Gen.Frequency(
            (4, Gen.Select(
                Gen.OneOf("person_record_id", "note_record_id", "person_record_id", "entry_date", "source_date", "given_name", "family_name", "full_name",
                    "alternate_names", "first_name", "last_name", "sex", "date_of_birth", "age", "home_country", "status", "found", "author_name",
                    "author_email", "author_phone", "text", "expiry_date", "source_name", "linked_person_record_id", "last_known_location", "other"),
                Gen.Frequency(
                    (3, Word),
                    (2, Gen.OneOf("example.org/p1", "example.org/p2", "example.org/", "/x", "a/b/c", "2020-12-14T10:00:00Z", "2020-12-14", "2020-13-45T25:61:61Z",
                        "female", "male", "other", "believed_missing", "believed_alive", "believed_dead", "is_note_author", "information_sought", "true", "false",
                        "30", "30-40", "-1", "99999999999999999999", "AM", "ZZZ", "a@b", "+374 10 123456", "Aram\nArmen", "&amp;", "&#0;", "<![CDATA[x]]>")),
                    (1, Text.Select(Escape))),
                (field, value) => $"<pfif:{field}>{value}</pfif:{field}>")),
            (1, Gen.OneOf("<pfif:person>", "</pfif:person>", "<pfif:note>", "</pfif:note>", "<pfif:person>", "<pfif:note>", "<other/>", "<!-- x -->", "<?pi x?>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<")))
            .Array[0, 60],
        Gen.Bool,
        (ns, parts, closed) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pfif:pfif xmlns:pfif=\"{ns}\">\n<pfif:person>\n{string.Join('\n', parts)}\n</pfif:person>" + (closed ? "\n</pfif:pfif>" : string.Empty));

    /// <summary>Random bytes, short and long.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 2048];

    /// <summary>
    /// Bytes of a document: random bytes, UTF-8 text, or text behind a byte-order mark, the gzip
    /// magic or a UTF-16 encoding, each possibly mutated (bytes flipped, inserted, removed, truncated).
    /// </summary>
    public static Gen<byte[]> DocumentBytes(Gen<string> text) => Gen.Frequency(
        (1, Bytes),
        (4, text.Select(t => Encoding.UTF8.GetBytes(t))),
        (1, text.Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (1, text.Select(t => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(t)).ToArray())),
        (1, Bytes.Select(b => new byte[] { 0x1f, 0x8b, 0x08, 0x00 }.Concat(b).ToArray())))
        .SelectMany(bytes => Mutation(bytes));

    /// <summary>The bytes unchanged, or with a few bytes flipped, inserted or cut away.</summary>
    public static Gen<byte[]> Mutation(byte[] bytes) => Gen.Frequency(
        (2, Gen.Const(bytes)),
        (1, Gen.Select(Gen.Int[0, Math.Max(0, bytes.Length - 1)], Gen.Byte, (at, value) =>
        {
            var copy = (byte[])bytes.Clone();
            if (copy.Length > 0)
            {
                copy[at] = value;
            }

            return copy;
        })),
        (1, Gen.Select(Gen.Int[0, bytes.Length], Gen.Byte.Array[1, 8], (at, inserted) => bytes[..at].Concat(inserted).Concat(bytes[at..]).ToArray())),
        (1, Gen.Int[0, bytes.Length].Select(at => bytes[..at])));

    /// <summary>A name in any of the four scripts, or hostile text where a name should be.</summary>
    public static readonly Gen<string> Name = Gen.Frequency(
        (3, Gen.OneOf("Harutyunyan", "Арутюнян", "Հարությունյան", "Əliyev", "Aliyeva", "Məmmədov", "O'Neil", "Ter-Petrosyan", "Mkrtchyan",
            "Гасанов", "Ղազարյան", "İsmayılzadə", "Rubenovich", "Рубенович", "Ռուբենի", "oglu", "qızı", "Арман Гарикович", "R.", "A", "Ё", "ь", "Ъ", "և")),
        (3, Character.Array[0, 24].Select(c => new string(c))),
        (1, Gen.OneOf(string.Empty, " ", "\t", "-", "'", "..", "\0", "\ud800", "\u0301", "ǅ", "ß", "ﬀ", "İ", "ı", "\u0130\u0307")),
        (1, Word.Array[1, 4].Select(w => string.Join(' ', w))));

    /// <summary>
    /// Runs <paramref name="call"/> and fails the property when it throws anything but
    /// <typeparamref name="TAllowed"/> (its documented input error) or takes longer than <see cref="CallLimit"/>.
    /// </summary>
    public static void ReturnsOrRefuses<TAllowed>(Action call)
        where TAllowed : Exception
    {
        var clock = Stopwatch.StartNew();
        try
        {
            call();
        }
        catch (TAllowed)
        {
            // The documented refusal of bad input: what the property allows.
        }

        clock.Stop();
        if (clock.Elapsed > CallLimit)
        {
            throw new TimeoutException($"the call took {clock.Elapsed.TotalSeconds:F1} s, more than {CallLimit.TotalSeconds} s");
        }
    }

    /// <summary>Runs <paramref name="call"/> and fails the property when it throws at all or takes longer than <see cref="CallLimit"/>.</summary>
    public static void Returns(Action call) => ReturnsOrRefuses<NeverThrown>(call);

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>An exception no engine throws: <see cref="Returns"/> allows none.</summary>
    private sealed class NeverThrown : Exception
    {
    }
}
