namespace Whereabouts.Domain;

/// <summary>What happened to the people a count claim counts.</summary>
public enum CountCategory
{
    /// <summary>Missing, fate unknown.</summary>
    Missing,

    /// <summary>Taken prisoner.</summary>
    Captured,

    /// <summary>Still in captivity at the claim's date.</summary>
    Held,

    /// <summary>Returned, repatriated, handed over or transferred home.</summary>
    Released,

    /// <summary>Killed.</summary>
    Killed,

    /// <summary>Wounded.</summary>
    Wounded,

    /// <summary>Arrested (typically by their own side's authorities).</summary>
    Arrested,
}
