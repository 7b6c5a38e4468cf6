namespace Whereabouts.Linkage.Names;

/// <summary>Which part of a name a key is computed for; family names have suffixes to normalise.</summary>
internal enum NameKind
{
    Given,
    Family,
}
