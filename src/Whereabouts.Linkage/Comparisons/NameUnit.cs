using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// One part of a person's name (the given name, the family name or the patronymic) prepared once
/// for comparison in every way it can agree with another: its text, its transliteration, its keys
/// read as a given and as a family name (so that names written in each other's columns can be
/// compared), its family stem without the suffix (Abbas, Abbasov, Abbasli share "apas"), the keys
/// of its readings in other romanisations (Alijeva read as Aliyeva), and whether it is only an
/// initial ("R.").
/// </summary>
internal sealed class NameUnit
{
    private static readonly string[] None = [];

    private NameUnit(string raw, string latin)
    {
        Raw = raw;
        Latin = latin;
    }

    /// <summary>The text as the list wrote it, for explanations.</summary>
    public string Raw { get; }

    /// <summary>The transliteration (<see cref="NameTransliterator.ToLatin"/>).</summary>
    public string Latin { get; }

    /// <summary>True when the list gave only an initial (one letter, with or without a dot).</summary>
    public bool IsInitial { get; private init; }

    /// <summary>
    /// The letters the name can start with when compared with an initial: the first letter of the
    /// transliteration and of the key (Հովհաննես starts "h" written out, "o" by its key, as О. in Russian).
    /// Computed when asked: initials are compared rarely, and names are many.
    /// </summary>
    public string Initials => InitialsOf(Latin, GivenKey.Length > 0 ? GivenKey : FamilyKey.Length > 0 ? FamilyKey : FatherKey ?? string.Empty);

    /// <summary>The key read as a given name (empty for an initial).</summary>
    public string GivenKey { get; private init; } = string.Empty;

    /// <summary>The key read as a family name (empty for an initial).</summary>
    public string FamilyKey { get; private init; } = string.Empty;

    /// <summary>The family key without its suffix class.</summary>
    public string Stem { get; private init; } = string.Empty;

    /// <summary>Given-name keys of the readings in other romanisations.</summary>
    public string[] OtherGivenKeys { get; private init; } = None;

    /// <summary>Family-name keys of the readings in other romanisations.</summary>
    public string[] OtherFamilyKeys { get; private init; } = None;

    /// <summary>Family stems of the readings in other romanisations.</summary>
    public string[] OtherStems { get; private init; } = None;

    /// <summary>
    /// For blocking: the family stem of the reading in each foreign convention, by the convention's
    /// position (<see cref="ForeignSpellings.ReadingsByConvention"/>), null where it does not apply;
    /// null when none applies.
    /// </summary>
    public string?[]? StemByConvention { get; private init; }

    /// <summary>For blocking: the given key of the reading in each foreign convention, as <see cref="StemByConvention"/>.</summary>
    public string?[]? GivenKeyByConvention { get; private init; }

    /// <summary>For a patronymic, the key of the father's given name, or null (an initial, or no name read).</summary>
    public string? FatherKey { get; private init; }

    /// <summary>For a patronymic, the father's key read from its other romanisations (Rubenowicz as Rubenovich).</summary>
    public string[] OtherFatherKeys { get; private init; } = None;

    /// <summary>
    /// A unit for a given or family name, or null when the text has no letters. A family name gets
    /// no given-name keys: names are compared across columns by their family keys.
    /// </summary>
    public static NameUnit? Name(string? raw, bool isFamily = false)
    {
        if (Read(raw) is not { } read)
        {
            return null;
        }

        var (text, latin) = read;

        if (IsInitialText(text))
        {
            return Initial(text, latin);
        }

        var given = isFamily ? string.Empty : PhoneticKey.Of(text, NameKind.Given);
        var family = PhoneticKey.Of(text, NameKind.Family);
        var byConvention = ForeignSpellings.Default.ReadingsByConvention(text);
        var stem = PhoneticKey.Of(text, NameKind.Family, withClass: false);
        // Most readings give the key the name has anyway (w and v, ou and u fold in the key):
        // only keys that differ are kept, so most names carry no extra arrays.
        var stemByConvention = Differing(byConvention, stem, r => PhoneticKey.Of(r, NameKind.Family, withClass: false));
        var givenByConvention = isFamily ? null : Differing(byConvention, given, r => PhoneticKey.Of(r, NameKind.Given));
        return new NameUnit(text, latin)
        {
            GivenKey = given,
            FamilyKey = family,
            Stem = stem,
            StemByConvention = stemByConvention,
            GivenKeyByConvention = givenByConvention,
            OtherStems = Distinct(stemByConvention),
            OtherGivenKeys = Distinct(givenByConvention),
            OtherFamilyKeys = Distinct(Differing(byConvention, family, r => PhoneticKey.Of(r, NameKind.Family))),
        };
    }

    // The trimmed text and its Latin reading, or null for a blank value or one without letters.
    private static (string Text, string Latin)? Read(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var latin = NameTransliterator.ToLatin(text);
        return latin.Length == 0 ? null : (text, latin);
    }

    private static NameUnit Initial(string text, string latin) =>
        new(text, latin) { IsInitial = true, GivenKey = PhoneticKey.Of(text, NameKind.Given) };

    /// <summary>A unit for a patronymic in any form, or null when the text has no letters.</summary>
    public static NameUnit? Patronymic(string? raw)
    {
        if (Read(raw) is not { } read)
        {
            return null;
        }

        var (text, latin) = read;

        if (IsInitialText(text))
        {
            return Initial(text, latin);
        }

        var father = NameKeys.Father(text);
        var key = string.IsNullOrEmpty(father) ? latin : father;
        var readings = ForeignSpellings.Default.Readings(text);
        return new NameUnit(text, latin)
        {
            FatherKey = key,
            OtherFatherKeys = readings is null ? None : [.. readings.Select(NameKeys.Father).OfType<string>().Where(k => k.Length > 0 && k != key)],
            GivenKey = key,
        };
    }

    /// <summary>
    /// Whether the text is one letter, optionally followed by a dot ("R.", "Р", "Ж."): in any script
    /// one letter can transliterate to two (ж is "zh"), so letters are counted in the original.
    /// </summary>
    public static bool IsInitialText(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('.' or ' '))
            {
                return false;
            }
        }

        return letters == 1;
    }

    /// <summary>Whether this name, when it is an initial or compared with one, starts like <paramref name="other"/>.</summary>
    public bool InitialAgrees(NameUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // The letters of Initials without building its string: this runs per compared pair.
        var (first, second) = InitialLetters();
        var (otherFirst, otherSecond) = other.InitialLetters();
        return (first != '\0' && (first == otherFirst || first == otherSecond))
            || (second != '\0' && (second == otherFirst || second == otherSecond));
    }

    /// <summary>The letters of <see cref="Initials"/>: the first of the transliteration and of the key, '\0' where absent.</summary>
    private (char First, char Second) InitialLetters()
    {
        var key = GivenKey.Length > 0 ? GivenKey : FamilyKey.Length > 0 ? FamilyKey : FatherKey ?? string.Empty;
        return (Latin.Length > 0 ? Latin[0] : '\0', key.Length > 0 ? key[0] : '\0');
    }

    /// <summary>The keys of the readings by convention, null where a reading is absent or keys as <paramref name="own"/>; null when none differs.</summary>
    private static string?[]? Differing(string?[]? readings, string own, Func<string, string> key)
    {
        if (readings is null)
        {
            return null;
        }

        string?[]? keys = null;
        for (var c = 0; c < readings.Length; c++)
        {
            if (readings[c] is { } reading && key(reading) is { Length: > 0 } k && !string.Equals(k, own, StringComparison.Ordinal))
            {
                keys ??= new string?[readings.Length];
                keys[c] = k;
            }
        }

        return keys;
    }

    private static string[] Distinct(string?[]? keys) =>
        keys is null ? None : [.. keys.OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string InitialsOf(string latin, string key)
    {
        var first = latin.Length > 0 ? latin[0] : '\0';
        var second = key.Length > 0 ? key[0] : '\0';
        return first == '\0' ? (second == '\0' ? string.Empty : new string(second, 1))
            : second == '\0' || second == first ? new string(first, 1)
            : string.Concat(new string(first, 1), new string(second, 1));
    }
}
