using Whereabouts.Application.Identities;

namespace Whereabouts.Web.Api.Identities;

/// <summary>A judgement recorded on a pair of records, and where the record stands after it.</summary>
/// <param name="Id">The judgement (undo it by this id).</param>
/// <param name="PairId">The pair of records.</param>
/// <param name="IdentityId">The identity the record belongs to afterwards.</param>
/// <param name="Decision">Where the pair stands now: Same, NotSame, Unsure or Pending.</param>
internal sealed record JudgementResource(Guid Id, Guid PairId, Guid IdentityId, string Decision)
{
    public static JudgementResource From(PairJudged judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new(judged.JudgementId, judged.PairId, judged.IdentityId, judged.Decision.ToString());
    }
}
