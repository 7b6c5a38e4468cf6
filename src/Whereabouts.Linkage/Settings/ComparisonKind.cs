namespace Whereabouts.Linkage.Settings;

/// <summary>How the values of a field are compared; each kind has its own comparison levels.</summary>
public enum ComparisonKind
{
    /// <summary>Equal or not, after trimming and lower-casing.</summary>
    Exact,

    /// <summary>Equal, then Jaro-Winkler similarity bands (≥ 0.95, ≥ 0.88, ≥ 0.70): free text such as street names.</summary>
    Text,

    /// <summary>Equal, then one or two edits apart (Damerau-Levenshtein): identifiers, postcodes, numbers with typos.</summary>
    Typo,

    /// <summary>A given name in any script: equal, equal after transliteration (name key), similarity bands.</summary>
    GivenName,

    /// <summary>A family name in any script: equal, equal after transliteration and suffix folding, similarity bands.</summary>
    FamilyName,

    /// <summary>A patronymic in any form, reduced to the father's name: same father, similar, different.</summary>
    Patronymic,

    /// <summary>
    /// A person's given and family name compared as a bag, whichever columns hold them: in place,
    /// swapped, family names differing by suffix (Abbas / Abbasov), a given-name initial, one of the
    /// two agreeing. Reads the field's <c>name_columns</c>, including a full-name column.
    /// </summary>
    PersonName,

    /// <summary>A birth date (YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY, YYYYMMDD): exact, day and month swapped, same month, same year, one year apart.</summary>
    Date,
}
