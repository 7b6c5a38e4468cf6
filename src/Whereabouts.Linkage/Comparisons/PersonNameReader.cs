using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// Reads the names of one table into <see cref="PersonName"/>s. Separate columns are taken as
/// they are. A full-name column is split into words; the patronymic is recognised by its form
/// wherever it stands (-ович/-овна, -oviç, "X oğlu", "X qızı", an Armenian genitive in -ի/-i after
/// the first word, a trailing initial), the family name by its suffix (-yan, -ov, -li, -zadə…),
/// and when the suffix does not tell, by the order most of the table's names follow: lists that
/// write "Арутюнян Арман" put the family first, "Arman Harutyunyan" last.
/// </summary>
internal static class PersonNameReader
{
    /// <summary>Classes whose ending marks a family name; "in" is left out: Elvin and Emin are given names.</summary>
    private static readonly string[] FamilyClasses = ["yan", "ov", "li", "zade", "oglu"];

    /// <summary>The names of all records of a table.</summary>
    public static PersonName?[] ReadTable(IReadOnlyList<NameColumnValues> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var words = new List<NameWord>?[rows.Count];
        int familyFirst = 0, familyLast = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Given is null && row.Family is null && !string.IsNullOrWhiteSpace(row.Full))
            {
                var split = SplitFull(row.Full);
                words[r] = split;
                var place = FamilyPlace(split);
                familyFirst += place > 0 ? 1 : 0;
                familyLast += place < 0 ? 1 : 0;
            }
        }

        // Official lists in Russian and Azerbaijani write "Family Given Patronymic"; that is the
        // reading when the table does not say otherwise.
        var tableFamilyFirst = familyFirst >= familyLast;
        var names = new PersonName?[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            names[r] = words[r] is { } split ? FromWords(rows[r].Full!, split, rows[r].Patronymic, tableFamilyFirst) : FromColumns(rows[r]);
        }

        return names;
    }

    /// <summary>A name from separate columns, or null when none has letters.</summary>
    public static PersonName? FromColumns(NameColumnValues row)
    {
        var name = new PersonName
        {
            Given = NameUnit.Name(row.Given),
            Family = NameUnit.Name(row.Family, isFamily: true),
            Patronymic = NameUnit.Patronymic(row.Patronymic),
        };
        return name.HasName || name.Patronymic is not null ? name : null;
    }

    /// <summary>A name from one full-name text, the family name placed by <paramref name="familyFirst"/> when no suffix tells.</summary>
    public static PersonName? FromFull(string full, bool familyFirst) =>
        string.IsNullOrWhiteSpace(full) ? null : FromWords(full, SplitFull(full), null, familyFirst);

    /// <summary>
    /// Where a full name puts its family name, by the one word with a family-name suffix: 1 first,
    /// -1 last, 0 when no single word's suffix tells (or the name has fewer than two words).
    /// </summary>
    internal static int FamilyPlace(string full) => FamilyPlace(SplitFull(full));

    /// <summary>A full name's parts as written, the family name placed by <paramref name="familyFirst"/> when no suffix tells.</summary>
    internal static FullNameParts Parts(string full, bool familyFirst) => Parts(SplitFull(full), familyFirst);

    private static int FamilyPlace(List<NameWord> split)
    {
        var core = CoreWords(split, out _);
        if (core.Count >= 2 && FamilyIndex(core) is { } at)
        {
            return at == 0 ? 1 : at == core.Count - 1 ? -1 : 0;
        }

        return 0;
    }

    private static PersonName? FromWords(string full, List<NameWord> split, string? patronymicColumn, bool familyFirst)
    {
        var parts = Parts(split, familyFirst);
        var name = new PersonName
        {
            Given = NameUnit.Name(parts.Given),
            Family = NameUnit.Name(parts.Family, isFamily: true),
            Patronymic = NameUnit.Patronymic(patronymicColumn ?? parts.Patronymic),
            FullName = full.Trim(),
        };
        return name.HasName || name.Patronymic is not null ? name : null;
    }

    private static FullNameParts Parts(List<NameWord> split, bool familyFirst)
    {
        var core = CoreWords(split, out var patronymic);
        if (patronymic is null && core.Count >= 3)
        {
            // "Arman Garik Harutyunyan": a third name without a patronymic ending is the father's.
            var familyAt = FamilyIndex(core) ?? (familyFirst ? 0 : core.Count - 1);
            var rest = core.Where((_, i) => i != familyAt).ToList();
            patronymic = rest[^1].Text;
            core = familyAt == 0 ? [core[0], .. rest[..^1]] : [.. rest[..^1], core[familyAt]];
        }

        string? family = null, given = null;
        if (core.Count == 1)
        {
            family = core[0].Text;
        }
        else if (core.Count >= 2)
        {
            var at = FamilyIndex(core) ?? (familyFirst ? 0 : core.Count - 1);
            family = core[at].Text;
            given = string.Join(' ', core.Where((_, i) => i != at).Select(w => w.Text));
        }

        return new FullNameParts(family, given, patronymic);
    }

    /// <summary>Words of a full name: split at spaces and commas, and "А.Г." into "А." and "Г.", each with its Latin reading, made once.</summary>
    private static List<NameWord> SplitFull(string full)
    {
        var words = new List<NameWord>();
        foreach (var part in full.Split([' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 0; i < part.Length; i++)
            {
                // A dot after one letter ends an initial; "А.Г." is two.
                if (part[i] == '.' && i + 1 < part.Length && i - start == 1)
                {
                    words.Add(NameWord.Of(part[start..(i + 1)]));
                    start = i + 1;
                }
            }

            if (start < part.Length)
            {
                words.Add(NameWord.Of(part[start..]));
            }
        }

        return words;
    }

    /// <summary>The words that are not the patronymic, and the patronymic found by its form, if any.</summary>
    private static List<NameWord> CoreWords(List<NameWord> words, out string? patronymic)
    {
        patronymic = null;
        for (var i = 1; i < words.Count; i++)
        {
            if (NameKeys.IsPatronymicMarkerLatin(words[i].Latin))
            {
                patronymic = words[i - 1].Text + " " + words[i].Text;
                return [.. words.Where((_, k) => k != i && k != i - 1)];
            }
        }

        for (var i = words.Count - 1; i >= 1; i--)
        {
            if (NameKeys.LooksLikePatronymic(words[i].Text, words[i].Latin, genitiveAllowed: false))
            {
                patronymic = words[i].Text;
                return [.. words.Where((_, k) => k != i)];
            }
        }

        if (words.Count >= 3)
        {
            for (var i = words.Count - 1; i >= 1; i--)
            {
                if ((NameUnit.IsInitialText(words[i].Text) && i == words.Count - 1)
                    || (!HasFamilySuffix(words[i].Latin) && NameKeys.LooksLikePatronymic(words[i].Text, words[i].Latin, genitiveAllowed: true)))
                {
                    patronymic = words[i].Text;
                    return [.. words.Where((_, k) => k != i)];
                }
            }
        }

        return words;
    }

    /// <summary>The one word with a family-name suffix, or null when none or several have one.</summary>
    private static int? FamilyIndex(List<NameWord> core)
    {
        int? found = null;
        for (var i = 0; i < core.Count; i++)
        {
            if (HasFamilySuffix(core[i].Latin))
            {
                if (found is not null)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    private static bool HasFamilySuffix(string latin)
    {
        var space = latin.LastIndexOf(' ');
        _ = FamilySuffixes.Default.Split(space < 0 ? latin : latin[(space + 1)..], out var suffixClass);
        return Array.IndexOf(FamilyClasses, suffixClass) >= 0;
    }

    /// <summary>A word of a full name as written, with its Latin reading, which every test of its form needs.</summary>
    private readonly record struct NameWord(string Text, string Latin)
    {
        public static NameWord Of(string text) => new(text, NameTransliterator.ToLatin(text));
    }
}
