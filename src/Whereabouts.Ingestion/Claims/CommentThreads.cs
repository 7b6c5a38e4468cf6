using System.Text.RegularExpressions;
using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Cuts reader comments, author notes and "read also" lists off an article's paragraphs before
/// claims are read: a figure in a comment thread or an author's biography is no claim. The
/// thread starts at a heading paragraph ("Comments", "12 comments", "Leave a reply",
/// "Комментарии", "Մեկնաբանություններ", "Şərhlər", "About the author"), a reply cue ("Reply",
/// "Anna says:", "Ответить") or a line that is only a commenter's date and time, and runs to the
/// end of the text. The cues of every language's lexicon apply, whatever the article's language,
/// since sites mix them. Only short paragraphs can be cues, so an article sentence never is; a
/// paragraph that opens with "Anna says:" right before a cue is the first comment's text.
/// </summary>
internal static partial class CommentThreads
{
    private const int MaxCueTokens = 12;

    [GeneratedRegex(@"^\W*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|[\p{L}]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[\p{L}]+\.?,?\s+\d{4})(?:\s*(?:at|в|ժ\.?|saat)?\s*,?\s*\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    /// <summary>The paragraphs before the first comment-thread cue (all of them when there is none).</summary>
    public static IReadOnlyList<string> Drop(IReadOnlyList<string> paragraphs)
    {
        // The first paragraphs are the headline, byline and dateline: a date with a time there is the article's own.
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p] ?? string.Empty;
            if (IsCue(paragraph, p >= 2))
            {
                // The first comment's text stands before its "Reply": "Anna says: I heard …".
                while (p > 1 && StartsWithSpeechCue(paragraphs[p - 1] ?? string.Empty))
                {
                    p--;
                }

                return [.. paragraphs.Take(p)];
            }
        }

        return paragraphs;
    }

    private static bool IsCue(string paragraph, bool timestampsCount)
    {
        var tokens = Tokenizer.Tokenize(paragraph);
        if (tokens.Count == 0 || tokens.Count > MaxCueTokens)
        {
            return false;
        }

        if (timestampsCount && Timestamp().IsMatch(paragraph.Trim()))
        {
            return true;
        }

        // Headings are compared without their punctuation ("Comments (12)", "Leave a Reply:").
        var words = new List<Token>();
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Punct || t.Text == ":")
            {
                words.Add(t);
            }
        }

        var folded = TextFold.Fold(words);
        var withoutColon = TextFold.Fold(words.Where(t => t.Text != ":").ToList());
        foreach (var lexicon in ClaimLexicon.All)
        {
            if (Whole(lexicon, "comment_heading", withoutColon) || Whole(lexicon, "comment_cue", folded) || Whole(lexicon, "comment_cue", withoutColon))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph opens with a commenter's "Anna says:" (a cue with a colon).</summary>
    private static bool StartsWithSpeechCue(string paragraph)
    {
        var words = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(paragraph))
        {
            if (t.Kind != TokenKind.Punct || t.Text == ":")
            {
                words.Add(t);
            }

            if (words.Count > 6)
            {
                break;
            }
        }

        var folded = TextFold.Fold(words);
        foreach (var lexicon in ClaimLexicon.All)
        {
            foreach (var phrase in lexicon.Of("comment_cue"))
            {
                if (phrase.Words[^1] == ":" && phrase.MatchAt(folded, 0) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Whole(ClaimLexicon lexicon, string kind, string[] folded)
    {
        foreach (var phrase in lexicon.Of(kind))
        {
            if (phrase.Words.Length == folded.Length && phrase.MatchAt(folded, 0) == folded.Length)
            {
                return true;
            }
        }

        return false;
    }
}
