namespace Whereabouts.Storage.Audit;

/// <summary>
/// One change in the registry's hash-chained log: who changed what, when, and how. Entries are
/// only ever appended; each entry's <see cref="Hash"/> covers its own fields and the previous
/// entry's hash, so altering, removing or reordering any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Creates an entry; <see cref="AuditChain"/> fills in the sequence and hashes.</summary>
    public AuditEntry(DateTimeOffset recordedAt, string actor, string action, string entityType, string entityId, string subjectId, string changes)
    {
        RecordedAt = recordedAt;
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        SubjectId = subjectId;
        Changes = changes;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Position in the chain, from 1 without gaps.</summary>
    public long Sequence { get; internal set; }

    /// <summary>When the change was saved (UTC, whole microseconds so that every database keeps it exactly).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The account or process that made the change ("alice", "cli:root", "system").</summary>
    public string Actor { get; private set; }

    /// <summary>Added, Modified or Deleted (the last only for account links such as a role).</summary>
    public string Action { get; private set; }

    /// <summary>The kind of record changed (Person, FateAssertion, PersonName, Source, Account...).</summary>
    public string EntityType { get; private set; }

    /// <summary>The changed record's key.</summary>
    public string EntityId { get; private set; }

    /// <summary>The record the change belongs to, for history pages: a person for its names and fates.</summary>
    public string SubjectId { get; private set; }

    /// <summary>The changed fields as a JSON object: new values for an addition, <c>[old, new]</c> for an edit.</summary>
    public string Changes { get; private set; }

    /// <summary>
    /// SHA-256 (lower-case hex) of the record's whole state after this change, so that a row
    /// altered in the database afterwards no longer matches its latest entry; null for a deletion
    /// and for entries written before states were hashed.
    /// </summary>
    public string? StateHash { get; set; }

    /// <summary>The previous entry's hash (64 zeros for the first entry).</summary>
    public string PreviousHash { get; internal set; }

    /// <summary>SHA-256 (lower-case hex) over this entry's fields and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; internal set; }
}
