namespace Whereabouts.Interchange.Pfif;

/// <summary>What a problem in a PFIF document did to what was read, outside strict mode.</summary>
/// <remarks>In strict mode every problem, whatever its effect, rejects the whole document.</remarks>
public enum PfifIssueEffect
{
    /// <summary>The record was kept: without the faulty value, or with the missing field absent.</summary>
    RecordKept,

    /// <summary>The record (and, for a person, the notes inside it) was left out.</summary>
    RecordSkipped,

    /// <summary>Nothing was read: the document is not safe or not well-formed XML, too large, or not PFIF.</summary>
    DocumentRejected,
}
