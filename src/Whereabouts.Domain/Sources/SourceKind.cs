namespace Whereabouts.Domain;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    /// <summary>Anything else.</summary>
    Other = 0,

    /// <summary>A news article.</summary>
    NewsArticle = 1,

    /// <summary>A statement of a government, ministry, ombudsman or other official body.</summary>
    OfficialStatement = 2,

    /// <summary>A communication of the International Committee of the Red Cross.</summary>
    IcrcCommunication = 3,

    /// <summary>A list of names (a ministry's list, a flight manifest, the other side's list).</summary>
    List = 4,

    /// <summary>A video or photograph.</summary>
    Video = 5,

    /// <summary>A family's report to a caseworker.</summary>
    FamilyReport = 6,

    /// <summary>A court document (an application, a judgment, an indictment).</summary>
    CourtDocument = 7,
}
