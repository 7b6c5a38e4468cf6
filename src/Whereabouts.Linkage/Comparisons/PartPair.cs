namespace Whereabouts.Linkage.Comparisons;

/// <summary>Which parts of two names are compared, and as what.</summary>
internal enum PartPair
{
    /// <summary>Given name with given name, by the given-name key.</summary>
    Given,

    /// <summary>Family name with family name, by the family key and stem.</summary>
    Family,

    /// <summary>The left record's given name with the right one's family name (columns swapped), as family names.</summary>
    GivenWithFamily,

    /// <summary>The left record's family name with the right one's given name (columns swapped), as family names.</summary>
    FamilyWithGiven,
}
