using System.Collections.Frozen;

namespace Whereabouts.Linkage.Names;

/// <summary>
/// What patronymic.tsv knows about the ways a father's name is written: Russian endings
/// (-ovich, -evna, -ich) and what to put back after removing them, the separate words of
/// Azerbaijani and Armenian patronymics (oğlu, qızı, оглы, кызы, որդի), and whole forms that no
/// rule derives: irregular Armenian genitives (Sargsi is Sargis, Davti Davit), irregular Russian
/// patronymics (Pavlovich is Pavel), and fathers' names that merely end like a genitive or a
/// patronymic (Əli, Mehdi, Mkrtich) and must be read as the bare name.
/// </summary>
internal sealed class PatronymicForms
{
    public const string File = "patronymic.tsv";

    /// <summary>The father's name before the word is in the nominative (Rəşad oğlu).</summary>
    public const string BareBefore = "bare";

    /// <summary>The father's name before the word is in the genitive (Սամվելի որդի).</summary>
    public const string GenitiveBefore = "genitive";

    private readonly FrozenDictionary<string, string> caseBeforeWord;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> fatherKeyByFormKey;

    private PatronymicForms(Ending[] endings, FrozenDictionary<string, string> caseBeforeWord, FrozenDictionary<string, string> fatherKeyByFormKey)
    {
        Endings = endings;
        this.caseBeforeWord = caseBeforeWord;
        this.fatherKeyByFormKey = fatherKeyByFormKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PatronymicForms Default { get; } = Load();

    /// <summary>Russian patronymic endings, longest first, with the letters to put back.</summary>
    public Ending[] Endings { get; }

    /// <summary>
    /// Whether <paramref name="word"/> is a transliterated "son of" or "daughter of" written after
    /// the father's name, and in which case that name stands (<see cref="BareBefore"/> or <see cref="GenitiveBefore"/>).
    /// </summary>
    public bool TryGetWord(string word, out string caseBefore) => caseBeforeWord.TryGetValue(word, out caseBefore!);

    /// <summary>Splits "rashadoghlu" into "rashad" when the Azerbaijani word is written joined to the name.</summary>
    public bool TrySplitJoinedWord(string word, out string father)
    {
        foreach (var (marker, caseBefore) in caseBeforeWord)
        {
            if (caseBefore == BareBefore && word.Length - marker.Length >= 2 && word.EndsWith(marker, StringComparison.Ordinal))
            {
                father = word[..^marker.Length];
                return true;
            }
        }

        father = string.Empty;
        return false;
    }

    /// <summary>The father's given-name key for a whole form listed in the table, matched by its key.</summary>
    public bool TryGetFatherKey(ReadOnlySpan<char> formKey, out string fatherKey) =>
        fatherKeyByFormKey.TryGetValue(formKey, out fatherKey!);

    private static PatronymicForms Load()
    {
        var endings = new List<Ending>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in NameDataFile.Read(File, columns: 3))
        {
            var (kind, form, value) = (row.Cells[0], row.Cells[1], row.Cells[2]);
            if (!seen.Add(kind + "\t" + form))
            {
                throw NameDataFile.Malformed(row.File, row.Line, $"the {kind} '{form}' is listed twice");
            }

            switch (kind)
            {
                case "ending":
                    endings.Add(new Ending(form, value));
                    break;
                case "word" when value is BareBefore or GenitiveBefore:
                    words.Add(form, value);
                    break;
                case "form":
                    var formKey = PhoneticKey.Of(form, NameKind.Given);
                    var fatherKey = PhoneticKey.Of(value, NameKind.Given);
                    if (forms.TryGetValue(formKey, out var existing) && existing != fatherKey)
                    {
                        throw NameDataFile.Malformed(row.File, row.Line, $"the form '{form}' has the same key as an earlier form with another father");
                    }

                    forms[formKey] = fatherKey;
                    break;
                default:
                    throw NameDataFile.Malformed(row.File, row.Line, $"unknown kind '{kind}' (ending, word with bare or genitive, or form)");
            }
        }

        endings.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
        return new PatronymicForms([.. endings], words.ToFrozenDictionary(StringComparer.Ordinal), forms.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A Russian patronymic ending and the letters that restore the name (Nikitich → Nikita).</summary>
    internal sealed record Ending(string Suffix, string Restore);
}
