using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Everything a reviewer needs to judge one match: both records side by side, the engine's reasons,
/// the history, and <see cref="Cautions"/>: what the row contradicts on the person (why the import held it for review).
/// </summary>
public sealed record MatchReview(
    Guid MatchId,
    int Version,
    MatchOrigin Origin,
    MatchDecision Decision,
    double Probability,
    double Weight,
    ReviewEntry Entry,
    ReviewPerson Person,
    IReadOnlyList<ReviewField> Fields,
    IReadOnlyList<MatchJudgement> Judgements,
    IReadOnlyList<ReviewCandidate> OtherCandidates,
    bool CanUndo,
    bool CanRegisterAsNewPerson,
    IReadOnlyList<LinkCaution> Cautions);
