using System.Globalization;
using System.Text;

namespace Whereabouts.Ingestion.Claims.Languages;

/// <summary>
/// One language's words for reading count claims, loaded from its embedded data file
/// (<c>Data/xx.tsv</c>, described in <c>Data/README.md</c>). Lines are grouped by kind; within a
/// kind the longest form is tried first, so "пропали без вести" wins over "пропали".
/// </summary>
internal sealed class ClaimLexicon
{
    private const string ResourcePrefix = "Whereabouts.Ingestion.Claims.Languages.Data.";

    private static readonly Lazy<IReadOnlyList<ClaimLexicon>> Loaded = new(LoadAll);

    private readonly Dictionary<string, List<LexiconPhrase>> _byKind;

    // Per kind, the forms by the first letter of their first word ('\0' for a form starting with
    // "*"), longest first: a lookup tries only the forms that can match.
    private readonly Dictionary<string, Dictionary<char, List<LexiconPhrase>>> _byKindAndLetter = new(StringComparer.Ordinal);

    private ClaimLexicon(string code, Dictionary<string, List<LexiconPhrase>> byKind)
    {
        Code = code;
        _byKind = byKind;
        Name = Single("name") ?? code;
        Script = Single("script") ?? "Latn";
        foreach (var (kind, list) in byKind)
        {
            var byLetter = new Dictionary<char, List<LexiconPhrase>>();
            foreach (var phrase in list)
            {
                var letter = phrase.Words is [var first, ..] && first.Length > 0 && first[0] != '*' ? first[0] : '\0';
                if (!byLetter.TryGetValue(letter, out var forms))
                {
                    byLetter[letter] = forms = [];
                }

                forms.Add(phrase);
            }

            _byKindAndLetter[kind] = byLetter;
        }
    }

    /// <summary>The forms of <paramref name="kind"/> that may start with <paramref name="word"/>, longest first.</summary>
    private IEnumerable<LexiconPhrase> Candidates(string kind, string word)
    {
        if (!_byKindAndLetter.TryGetValue(kind, out var byLetter))
        {
            return [];
        }

        var withLetter = word.Length > 0 && byLetter.TryGetValue(word[0], out var a) ? a : null;
        var anyWord = byLetter.TryGetValue('\0', out var b) ? b : null;
        return withLetter is null ? anyWord ?? [] : anyWord is null ? withLetter : Of(kind).Where(p => withLetter.Contains(p) || anyWord.Contains(p));
    }

    /// <summary>Every language with a data file, in file-name order.</summary>
    public static IReadOnlyList<ClaimLexicon> All => Loaded.Value;

    /// <summary>The ISO 639-1 code (the file's name).</summary>
    public string Code { get; }

    /// <summary>The language's English name.</summary>
    public string Name { get; }

    /// <summary>Latn, Cyrl or Armn.</summary>
    public string Script { get; }

    /// <summary>Whether the file has the words to read claims (not only to detect the language).</summary>
    public bool ReadsClaims => Of("person").Count > 0;

    public static ClaimLexicon? ForCode(string code)
    {
        foreach (var lexicon in All)
        {
            if (string.Equals(lexicon.Code, code, StringComparison.Ordinal))
            {
                return lexicon;
            }
        }

        return null;
    }

    /// <summary>The forms of one kind, longest first; empty when the file has none.</summary>
    public IReadOnlyList<LexiconPhrase> Of(string kind) => _byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The longest form of <paramref name="kind"/> that starts at token <paramref name="start"/>.</summary>
    public (LexiconPhrase Phrase, int Length)? MatchAt(string kind, string[] folded, int start)
    {
        if (start < 0 || start >= folded.Length)
        {
            return null;
        }

        foreach (var phrase in Candidates(kind, folded[start]))
        {
            var length = phrase.MatchAt(folded, start);
            if (length > 0)
            {
                return (phrase, length);
            }
        }

        return null;
    }

    /// <summary>The longest form of <paramref name="kind"/> that ends at token <paramref name="end"/> (inclusive).</summary>
    public (LexiconPhrase Phrase, int Length)? MatchEndingAt(string kind, string[] folded, int end)
    {
        foreach (var phrase in Of(kind))
        {
            var start = end - phrase.Words.Length + 1;
            if (start >= 0 && phrase.MatchAt(folded, start) > 0)
            {
                return (phrase, phrase.Words.Length);
            }
        }

        return null;
    }

    /// <summary>Whether one word is a one-word form of <paramref name="kind"/>.</summary>
    public bool IsWord(string kind, string folded)
    {
        foreach (var phrase in Candidates(kind, folded))
        {
            if (phrase.Words.Length == 1 && phrase.MatchAt([folded], 0) == 1)
            {
                return true;
            }
        }

        return false;
    }

    public static int IntValue(LexiconPhrase phrase) => int.Parse(phrase.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private string? Single(string kind) => Of(kind) is [var first, ..] ? first.Value : null;

    private static List<ClaimLexicon> LoadAll()
    {
        var assembly = typeof(ClaimLexicon).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var lexicons = new List<ClaimLexicon>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var code = name[ResourcePrefix.Length..^".tsv".Length];
            lexicons.Add(Parse(code, reader));
        }

        return lexicons;
    }

    /// <summary>Reads one file; a malformed line fails loudly with its file and line.</summary>
    internal static ClaimLexicon Parse(string code, TextReader reader)
    {
        var byKind = new Dictionary<string, List<LexiconPhrase>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || cells.Any(c => c.Length == 0))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"Claim lexicon {code}.tsv, line {lineNumber}: expected three non-empty tab-separated cells (kind, value, forms)."));
            }

            if (!byKind.TryGetValue(cells[0], out var list))
            {
                byKind[cells[0]] = list = [];
            }

            if (cells[0] is "name" or "script")
            {
                list.Add(new LexiconPhrase([], cells[1]));
                continue;
            }

            foreach (var form in cells[2].Split('|'))
            {
                var joined = new List<string>();
                var previousEnd = -1;
                foreach (var token in Tokenizer.Tokenize(form.Replace("*", "\u0001", StringComparison.Ordinal)))
                {
                    // The tokenizer splits off the marker; glue it back to the word it ends.
                    if (token.Text == "\u0001" && joined.Count > 0 && token.Start == previousEnd)
                    {
                        joined[^1] += "*";
                    }
                    else
                    {
                        joined.Add(token.Text == "\u0001" ? "*" : TextFold.Fold(token.Text));
                    }

                    previousEnd = token.End;
                }

                if (joined.Count > 0)
                {
                    list.Add(new LexiconPhrase([.. joined], cells[1]));
                }
            }
        }

        foreach (var list in byKind.Values)
        {
            list.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : b.Words.Sum(w => w.Length).CompareTo(a.Words.Sum(w => w.Length)));
        }

        return new ClaimLexicon(code, byKind);
    }
}
