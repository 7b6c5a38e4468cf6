namespace Whereabouts.Domain;

/// <summary>
/// The broad state a <see cref="FateStatus"/> puts a person in. Which statuses may follow which is
/// decided between groups (see <see cref="FateTransitions"/>).
/// </summary>
public enum FateGroup
{
    /// <summary>Fate unknown (<see cref="FateStatus.Missing"/>).</summary>
    Unknown,

    /// <summary>In the hands of the other side, reported or confirmed.</summary>
    Captivity,

    /// <summary>Alive and free: released, repatriated or found.</summary>
    Free,

    /// <summary>Dead, with or without remains.</summary>
    Dead,
}
