namespace Whereabouts.Domain;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>Anything else (a height, a road, a border section).</summary>
    Other,

    /// <summary>A country.</summary>
    Country,

    /// <summary>A province, district or region.</summary>
    Region,

    /// <summary>A city or town.</summary>
    Town,

    /// <summary>A village.</summary>
    Village,
}
