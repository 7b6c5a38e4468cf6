namespace Whereabouts.Domain;

/// <summary>
/// The writing system a name is written in. Lists from the two sides and from Russian-language
/// sources write the same person in different scripts; linking them starts from knowing which.
/// </summary>
public enum NameScript
{
    /// <summary>Latin letters, including Azerbaijani (ə, ğ, ı, ş) and other diacritics.</summary>
    Latin,

    /// <summary>Cyrillic letters, as in Russian-language lists.</summary>
    Cyrillic,

    /// <summary>The Armenian alphabet.</summary>
    Armenian,
}
