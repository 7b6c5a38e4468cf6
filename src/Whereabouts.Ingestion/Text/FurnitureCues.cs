using System.Globalization;
using System.Reflection;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// The wording of page furniture in plain text, read from <c>Text/Data/furniture.tsv</c> (English,
/// Russian, Armenian, Azerbaijani): the lines that open a comment thread, a reply form or an author's
/// biography (<see cref="IsTail"/>), share and follow lines (<see cref="IsShareLine"/>), the "Reply"
/// under a reader's comment and the "Name says:" above it, and the phrases of an author's blurb.
/// </summary>
internal sealed class FurnitureCues
{
    private const string ResourceName = "Whereabouts.Ingestion.Text.Data.furniture.tsv";

    // Longer lines are text, whatever they start with.
    private const int ShortLine = 80;

    private static readonly Lazy<FurnitureCues> Loaded = new(Load);

    private readonly HashSet<string> tailLines = new(StringComparer.Ordinal);
    private readonly List<string> tailStarts = [];
    private readonly HashSet<string> shareLines = new(StringComparer.Ordinal);
    private readonly List<string> shareStarts = [];
    private readonly HashSet<string> replies = new(StringComparer.Ordinal);
    private readonly List<string> says = [];
    private readonly List<string> bios = [];

    private FurnitureCues()
    {
    }

    /// <summary>The cues of the embedded data file.</summary>
    public static FurnitureCues Instance => Loaded.Value;

    /// <summary>
    /// Whether <paramref name="line"/> opens what follows an article: "Comments (3)", "Leave a Reply",
    /// "Об авторе", "Մեկնաբանություններ", "Şərhlər". A one-word cue must be the whole line; a longer
    /// one may start it ("Leave a Reply Cancel reply").
    /// </summary>
    public bool IsTail(string line)
    {
        var key = Key(line);
        return key.Length > 0 && line.Length <= ShortLine && (tailLines.Contains(key) || StartsWithAny(key, tailStarts));
    }

    /// <summary>Whether <paramref name="line"/> is a share, follow or subscribe line ("Share on Facebook", "Поделиться", "Paylaş").</summary>
    public bool IsShareLine(string line)
    {
        var key = Key(line);
        return key.Length > 0 && line.Length <= ShortLine && (shareLines.Contains(key) || StartsWithAny(key, shareStarts));
    }

    /// <summary>Whether <paramref name="line"/> is the "Reply" link under a reader's comment.</summary>
    public bool IsReply(string line) => line.Length <= 30 && replies.Contains(Key(line));

    /// <summary>Whether <paramref name="line"/> opens a reader's comment: "Anna K. says:", "Гость пишет:".</summary>
    public bool IsCommentHeader(string line)
    {
        if (line.Length > ShortLine)
        {
            return false;
        }

        var lower = line.Trim().ToLower(CultureInfo.InvariantCulture);
        foreach (var word in says)
        {
            if (lower.EndsWith(" " + word + ":", StringComparison.Ordinal) || lower.Contains(" " + word + ": ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="paragraph"/> (a short one) reads as an author's biography or contact line.</summary>
    public bool IsBio(string paragraph)
    {
        if (paragraph.Length > 400)
        {
            return false;
        }

        var lower = paragraph.ToLower(CultureInfo.InvariantCulture);
        return bios.Exists(phrase => lower.Contains(phrase, StringComparison.Ordinal));
    }

    // The line lower-cased, without a count ("12 comments", "Comments (12)") or closing punctuation.
    private static string Key(string line)
    {
        var key = line.Trim().ToLower(CultureInfo.InvariantCulture);
        key = key.TrimEnd(':', '.', '…', '!', ' ', '↓', '»', '›');
        if (key.EndsWith(')') && key.LastIndexOf('(') is var open and > 0)
        {
            key = key[..open].TrimEnd();
        }

        var start = 0;
        while (start < key.Length && char.IsAsciiDigit(key[start]))
        {
            start++;
        }

        return start > 0 && start < key.Length && key[start] == ' ' ? key[(start + 1)..] : key;
    }

    // A cue followed by the end of the line or by something that is not a letter.
    private static bool StartsWithAny(string key, List<string> starts)
    {
        foreach (var start in starts)
        {
            if (key.StartsWith(start, StringComparison.Ordinal) && (key.Length == start.Length || !char.IsLetter(key[start.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static FurnitureCues Load()
    {
        var cues = new FurnitureCues();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidOperationException($"{ResourceName}: expected kind, language and phrase in '{line}'");
            }

            var phrase = columns[2].Trim().ToLower(CultureInfo.InvariantCulture);
            var oneWord = !phrase.Contains(' ', StringComparison.Ordinal);
            switch (columns[0])
            {
                case "tail":
                    cues.tailLines.Add(phrase);
                    if (!oneWord)
                    {
                        cues.tailStarts.Add(phrase);
                    }

                    break;
                case "line":
                    cues.shareLines.Add(phrase);
                    break;
                case "line-start":
                    cues.shareStarts.Add(phrase);
                    break;
                case "reply":
                    cues.replies.Add(phrase);
                    break;
                case "says":
                    cues.says.Add(phrase);
                    break;
                case "bio":
                    cues.bios.Add(phrase);
                    break;
                default:
                    throw new InvalidOperationException($"{ResourceName}: unknown kind '{columns[0]}'");
            }
        }

        return cues;
    }
}
