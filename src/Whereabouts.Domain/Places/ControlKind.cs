namespace Whereabouts.Domain;

/// <summary>What a source says about who held a place during a period.</summary>
public enum ControlKind
{
    /// <summary>A party to the conflict controlled it.</summary>
    Controlled = 0,

    /// <summary>A third party (peacekeepers, monitors) patrolled it, whoever else was there.</summary>
    Patrolled = 1,

    /// <summary>It was fought over: no one held it.</summary>
    Contested = 2,
}
