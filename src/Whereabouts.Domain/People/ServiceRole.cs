namespace Whereabouts.Domain;

/// <summary>Whether a person was a combatant, which matters for their status under Geneva Convention III.</summary>
public enum ServiceRole
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A member of an armed force (conscript, contract soldier, officer, volunteer in a unit).</summary>
    Soldier,

    /// <summary>A civilian.</summary>
    Civilian,
}
