using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// The transliteration tables of all scripts merged into one longest-match lookup. The scripts'
/// letters do not overlap, so one table serves text that mixes them (a Latin name typed with a
/// Cyrillic "а" reads as if typed in Latin). Rules are grouped by their first character and tried
/// longest first, anchored before unanchored, so the lookup per character is a dictionary probe
/// and a few span comparisons.
/// </summary>
internal sealed class TransliterationTable
{
    public const string ArmenianFile = "hy.tsv";
    public const string CyrillicFile = "ru.tsv";
    public const string AzerbaijaniFile = "az.tsv";
    public const string LatinFile = "latin.tsv";

    private const int StackLimit = 256;

    private readonly FrozenDictionary<char, TransliterationRule[]> rulesByFirstChar;

    private TransliterationTable(FrozenDictionary<char, TransliterationRule[]> rulesByFirstChar) =>
        this.rulesByFirstChar = rulesByFirstChar;

    /// <summary>The tables of <c>Names/Data</c>, read at first use.</summary>
    public static TransliterationTable Default { get; } = Load(ArmenianFile, CyrillicFile, AzerbaijaniFile, LatinFile);

    public static IReadOnlyList<TransliterationRule> ReadRules(string fileName)
    {
        var rules = new List<TransliterationRule>();
        foreach (var row in NameDataFile.Read(fileName, columns: 2))
        {
            var rule = TransliterationRule.Parse(row);
            foreach (var c in rule.Source)
            {
                if (Fold(c) != c)
                {
                    throw NameDataFile.Malformed(row.File, row.Line, "the source must be lower case: text is case-folded before lookup");
                }
            }

            foreach (var c in rule.Target)
            {
                if (c is not (>= 'a' and <= 'z'))
                {
                    throw NameDataFile.Malformed(row.File, row.Line, "the target must be lower-case ASCII letters");
                }
            }

            rules.Add(rule);
        }

        return rules;
    }

    /// <summary>
    /// Writes the Latin reading of <paramref name="text"/>: lower-case ASCII letters and digits,
    /// words separated by single spaces, no space at either end.
    /// </summary>
    public void Write(scoped ReadOnlySpan<char> text, ref CharBuffer output)
    {
        // Azerbaijani letters typed as a base letter and a combining mark (g + breve) must meet
        // the table's precomposed ğ; composing costs an allocation only for such text.
        var composed = NeedsComposition(text) ? Compose(text) : null;
        var source = composed is null ? text : composed.AsSpan();

        char[]? rented = null;
        var folded = source.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : rented = ArrayPool<char>.Shared.Rent(source.Length);
        folded = folded[..source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            folded[i] = Fold(source[i]);
        }

        try
        {
            WriteFolded(folded, ref output);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Lower case without culture. The Azerbaijani capital İ is folded here explicitly: the
    /// invariant culture does not promise to map it to "i", and a Turkish or Azerbaijani culture
    /// would also turn a plain "I" into the dotless "ı". The dotless ı itself is a table entry.
    /// </summary>
    public static char Fold(char c) => c == 'İ' ? 'i' : char.ToLowerInvariant(c);

    private static TransliterationTable Load(params string[] fileNames)
    {
        var byFirstChar = new Dictionary<char, List<TransliterationRule>>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fileName in fileNames)
        {
            foreach (var rule in ReadRules(fileName))
            {
                if (!seen.TryAdd(rule.Written, fileName))
                {
                    throw new InvalidDataException($"The transliteration source '{rule.Written}' in {fileName} is already defined in {seen[rule.Written]}.");
                }

                if (!byFirstChar.TryGetValue(rule.Source[0], out var list))
                {
                    byFirstChar[rule.Source[0]] = list = [];
                }

                list.Add(rule);
            }
        }

        return new TransliterationTable(byFirstChar.ToFrozenDictionary(
            entry => entry.Key,
            entry => entry.Value
                .OrderByDescending(rule => rule.Source.Length)
                .ThenByDescending(rule => (rule.AtWordStart ? 1 : 0) + (rule.AtWordEnd ? 1 : 0))
                .ToArray()));
    }

    private void WriteFolded(scoped ReadOnlySpan<char> text, ref CharBuffer output)
    {
        var pendingSpace = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (rulesByFirstChar.TryGetValue(c, out var candidates) && FindRule(candidates, text, i) is { } rule)
            {
                if (rule.Target.Length > 0)
                {
                    SeparateWord(ref output, ref pendingSpace);
                    output.Append(rule.Target);
                }

                i += rule.Source.Length;
                continue;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                SeparateWord(ref output, ref pendingSpace);
                output.Append(c);
            }
            else if (IsWordSeparator(c))
            {
                pendingSpace = true;
            }
            else if (char.IsLetter(c) && BaseLetter(c) is var letter and not '\0')
            {
                SeparateWord(ref output, ref pendingSpace);
                output.Append(letter);
            }

            // Anything else (apostrophes, dots, quotes, letters of other scripts) is dropped.
            i++;
        }
    }

    private static TransliterationRule? FindRule(TransliterationRule[] candidates, scoped ReadOnlySpan<char> text, int at)
    {
        foreach (var rule in candidates)
        {
            if (rule.Matches(text, at))
            {
                return rule;
            }
        }

        return null;
    }

    private static void SeparateWord(ref CharBuffer output, ref bool pendingSpace)
    {
        if (pendingSpace && output.Length > 0)
        {
            output.Append(' ');
        }

        pendingSpace = false;
    }

    /// <summary>
    /// Whitespace, hyphens and bracketing punctuation split words; a comma or slash between two
    /// names must not glue them into one. Apostrophes and dots are not here: they are dropped
    /// inside a word ("O'Hara", "T'adevosyan").
    /// </summary>
    private static bool IsWordSeparator(char c)
    {
        if (char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '/' or '\\' or '|' or '+' or '&' or '՝')
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.Control;
    }

    /// <summary>
    /// A Latin letter with a diacritic that no table lists reads as its base letter (ŵ as w);
    /// modifier letters (ʼ ʻ, used as apostrophes) and letters of other scripts give nothing.
    /// Rare, so the allocation of the decomposition does not matter.
    /// </summary>
    private static char BaseLetter(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ModifierLetter)
        {
            return '\0';
        }

        var decomposed = new string(c, 1).Normalize(NormalizationForm.FormD);
        var first = decomposed.Length > 0 ? Fold(decomposed[0]) : '\0';
        return first is >= 'a' and <= 'z' ? first : '\0';
    }

    /// <summary>
    /// NFC of the text, or null when the text is not valid UTF-16 (a lone surrogate), which
    /// normalisation refuses; such text is read as it is, since names must never throw.
    /// </summary>
    private static string? Compose(ReadOnlySpan<char> text)
    {
        try
        {
            return new string(text).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool NeedsComposition(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                return true;
            }
        }

        return false;
    }
}
