namespace Whereabouts.Domain;

/// <summary>Where a legal case is brought; the numbers are stored in the database and must not be changed.</summary>
public enum ForumKind
{
    /// <summary>The European Court of Human Rights in Strasbourg (applications, requests for interim measures under Rule 39).</summary>
    EuropeanCourtOfHumanRights = 0,

    /// <summary>A court of a state, such as a court of the detaining state trying a prisoner.</summary>
    NationalCourt = 1,

    /// <summary>Any other body (a UN committee, an arbitration, an international court).</summary>
    Other = 2,
}
