namespace Whereabouts.Domain;

/// <summary>How a stated number is meant.</summary>
public enum CountQualifier
{
    /// <summary>Exactly the number ("44 prisoners").</summary>
    Exact,

    /// <summary>Roughly the number ("about 60", "nearly forty").</summary>
    About,

    /// <summary>The number or more ("at least 40").</summary>
    AtLeast,

    /// <summary>More than the number ("more than thirty").</summary>
    MoreThan,

    /// <summary>Fewer than the number ("fewer than ten").</summary>
    FewerThan,

    /// <summary>Between the number and an upper bound ("40 to 140").</summary>
    Range,

    /// <summary>No number is stated ("several dozen", "many").</summary>
    Vague,
}
