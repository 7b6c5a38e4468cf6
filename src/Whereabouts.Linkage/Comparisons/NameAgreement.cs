namespace Whereabouts.Linkage.Comparisons;

/// <summary>How two parts of names agree, best first.</summary>
internal enum NameAgreement
{
    /// <summary>Either is missing.</summary>
    Missing,

    /// <summary>The same transliteration.</summary>
    Exact,

    /// <summary>The same key, in this or another romanisation.</summary>
    Key,

    /// <summary>Family names whose stems agree and whose suffixes differ (Abbas / Abbasov / Abbasli).</summary>
    Suffix,

    /// <summary>One is an initial and the other starts with it.</summary>
    Initial,

    /// <summary>Jaro-Winkler at least 0.88 on the transliterations: a typo.</summary>
    Similar,

    /// <summary>None of the above.</summary>
    Different,
}
