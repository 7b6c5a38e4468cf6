using Whereabouts.Application.Lists;
using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>Everything a reviewer needs to judge two registry records: both side by side, the engine's reasons, the history.</summary>
/// <param name="PairId">The pair.</param>
/// <param name="Version">The pair's version; a judgement names it.</param>
/// <param name="Origin">How the pair came about.</param>
/// <param name="Decision">Where the pair stands.</param>
/// <param name="Probability">The engine's match probability, when the engine proposed the pair.</param>
/// <param name="Weight">The engine's match weight, when the engine proposed the pair.</param>
/// <param name="First">The record with the lesser id (the explanation's left values).</param>
/// <param name="Second">The other record (the explanation's right values).</param>
/// <param name="Fields">The engine's explanation, field by field: <see cref="ReviewField.ListValue"/> is the first record's value.</param>
/// <param name="Differences">What sets the records apart so that joining them needs a confirmation and a note; empty when nothing does.</param>
/// <param name="Judgements">Every judgement, oldest first.</param>
public sealed record PairReview(
    Guid PairId,
    int Version,
    PairOrigin Origin,
    MatchDecision Decision,
    double? Probability,
    double? Weight,
    ReviewPerson First,
    ReviewPerson Second,
    IReadOnlyList<ReviewField> Fields,
    IReadOnlyList<string> Differences,
    IReadOnlyList<PairJudgement> Judgements);
