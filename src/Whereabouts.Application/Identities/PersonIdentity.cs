using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>
/// The identity a registry record belongs to, as its dossier shows it: every record judged the same
/// person, every standing name form and every fate assertion of them (each with the record it came
/// from), the fate derived over all of them, and every judgement made on the records' pairs.
/// </summary>
/// <param name="RecordId">The record the dossier is of.</param>
/// <param name="IdentityId">The identity: the id of its least record.</param>
/// <param name="Records">The identity's records, its own record first.</param>
/// <param name="Names">The standing name forms of every record.</param>
/// <param name="Fates">The fate assertions of every record, by the date they refer to.</param>
/// <param name="Fate">The fate derived over all the records' assertions.</param>
/// <param name="IsContested">Whether credible assertions of the records contradict each other.</param>
/// <param name="Judgements">Every judgement on a pair with one of the records, newest first.</param>
public sealed record PersonIdentity(
    Guid RecordId,
    Guid IdentityId,
    IReadOnlyList<IdentityRecord> Records,
    IReadOnlyList<IdentityName> Names,
    IReadOnlyList<IdentityFate> Fates,
    FateStatus? Fate,
    bool IsContested,
    IReadOnlyList<IdentityJudgement> Judgements)
{
    /// <summary>Whether the record was joined into another record's identity (it is not the identity's own record).</summary>
    public bool IsJoined => RecordId != IdentityId;

    /// <summary>Whether the identity has more than one record.</summary>
    public bool HasOthers => Records.Count > 1;

    /// <summary>The name of the identity's own record.</summary>
    public string IdentityDisplayName => Records.First(r => r.IsIdentity).DisplayName;

    /// <summary>The judgements that stand and can be undone.</summary>
    public IEnumerable<IdentityJudgement> Standing => Judgements.Where(j => j.IsStanding);
}
