namespace Whereabouts.Application.Lists;

/// <summary>What a list row says that contradicts a registry person the engine thinks it is.</summary>
public enum LinkCautionKind
{
    /// <summary>The list gives the row's person another side (party) than the registry person's.</summary>
    Side,

    /// <summary>The birth years differ by more than two: not a typing slip or a guessed year.</summary>
    BirthYear,
}
