namespace Whereabouts.Domain;

/// <summary>
/// What an exchange traded, in the terms the parties announced. The numbers are stored in the
/// database and must not be changed.
/// </summary>
public enum ExchangeTerms
{
    /// <summary>Every prisoner for every prisoner, as the ceasefire of November 2020 pledged.</summary>
    AllForAll = 0,

    /// <summary>A number of prisoners for a number of prisoners.</summary>
    PrisonersForPrisoners = 1,

    /// <summary>Prisoners returned in return for maps of minefields (4 December 2021).</summary>
    PrisonersForMinefieldMaps = 2,

    /// <summary>Remains of the dead for remains of the dead.</summary>
    RemainsForRemains = 3,

    /// <summary>Anything else; <see cref="ExchangeDetails.TermsText"/> says what.</summary>
    Other = 4,
}
