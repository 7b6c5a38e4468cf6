namespace Whereabouts.Domain;

/// <summary>What kind of proceedings a legal case is; the numbers are stored in the database and must not be changed.</summary>
public enum LegalCaseKind
{
    /// <summary>An urgent request for interim measures (at the ECHR, under Rule 39 of the Rules of Court).</summary>
    InterimMeasuresRequest = 0,

    /// <summary>An application to a court on the person's behalf (at the ECHR: an individual application).</summary>
    Application = 1,

    /// <summary>A criminal trial of the person, typically in the detaining state.</summary>
    CriminalTrial = 2,

    /// <summary>Any other proceedings.</summary>
    Other = 3,
}
