namespace Whereabouts.Domain;

/// <summary>Where a legal case stands; the numbers are stored in the database and must not be changed.</summary>
public enum LegalCaseStatus
{
    /// <summary>Lodged or opened, nothing decided yet.</summary>
    Pending = 0,

    /// <summary>The court has given notice of the application to the respondent government.</summary>
    Communicated = 1,

    /// <summary>The request was granted (interim measures indicated).</summary>
    Granted = 2,

    /// <summary>The request or application was rejected or declared inadmissible.</summary>
    Rejected = 3,

    /// <summary>A judgment or final decision on the merits was given.</summary>
    Decided = 4,

    /// <summary>The person was convicted and sentenced (criminal trials only).</summary>
    Sentenced = 5,

    /// <summary>Over: struck out, withdrawn, ended by release or pardon.</summary>
    Closed = 6,
}
