using Whereabouts.Application.Identities;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Identities;

/// <summary>
/// The identity a record belongs to: its records, every standing name form and fate assertion of
/// them (each naming its record), the fate derived over all of them, and the judgements.
/// </summary>
internal sealed record IdentityResource(
    Guid Id,
    bool Joined,
    IReadOnlyList<IdentityResource.Record> Records,
    IReadOnlyList<IdentityResource.Name> Names,
    IReadOnlyList<IdentityResource.Fate> Fates,
    string? CurrentFate,
    bool Contested,
    IReadOnlyList<IdentityResource.Judgement> Judgements)
{
    public static IdentityResource From(PersonIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(
            identity.IdentityId,
            identity.IsJoined,
            [.. identity.Records.Select(r => new Record(r.Id, r.DisplayName, SideField.Of(r.Side), r.ServiceNumber, r.BirthYear))],
            [.. identity.Names.Select(n => new Name(n.RecordId, n.FullName, n.Script.ToString()))],
            [.. identity.Fates.Select(f => new Fate(f.RecordId, f.Id, f.Status.ToString(), f.AsOf.ToString(), f.SourceTitle, f.IsRetracted))],
            identity.Fate?.ToString(),
            identity.IsContested,
            [.. identity.Judgements.Select(j => new Judgement(j.Id, j.PairId, j.RecordId, j.OtherId, j.IsUndo ? "Undo" : j.Decision.ToString(), j.Actor, j.At, j.Note, j.Confirmed, j.IsStanding))]);
    }

    /// <summary>One record of the identity.</summary>
    internal sealed record Record(Guid Id, string DisplayName, string Side, string? ServiceNumber, int? BirthYear);

    /// <summary>A standing name form and the record it is written in.</summary>
    internal sealed record Name(Guid PersonId, string FullName, string Script);

    /// <summary>A fate assertion and the record it was made on.</summary>
    internal sealed record Fate(Guid PersonId, Guid Id, string Status, string AsOf, string Source, bool Retracted);

    /// <summary>A judgement on a pair with one of the records; an undo's decision is "Undo".</summary>
    internal sealed record Judgement(Guid Id, Guid PairId, Guid PersonId, Guid OtherId, string Decision, string Actor, DateTimeOffset At, string? Note, bool Confirmed, bool Standing);
}
