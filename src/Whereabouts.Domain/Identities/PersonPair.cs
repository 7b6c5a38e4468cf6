namespace Whereabouts.Domain;

/// <summary>
/// Two registry records that may be one person, with every judgement made on them: the same person,
/// not the same, or unsure. Records judged the same form one identity (see
/// <see cref="IdentityGrouping"/>) without either record being deleted or rewritten; an undo is itself
/// a judgement, so who joined them and who separated them again stays in the history.
/// </summary>
/// <remarks>
/// The pair is unordered: <see cref="FirstPersonId"/> is the lesser of the two ids, so one pair of
/// records has one row whichever dossier it was judged from. A pair judged "not the same" is not
/// proposed again by the duplicate search or at registration.
/// </remarks>
public sealed class PersonPair
{
    private readonly List<PairJudgement> _judgements = [];

    /// <summary>Creates a pending pair.</summary>
    /// <exception cref="DomainRuleException">A record is missing, both are the same record, or the probability is not between 0 and 1.</exception>
    public PersonPair(Guid id, Guid personId, Guid otherId, PairOrigin origin, double? probability = null, double? weight = null, string? explanation = null)
    {
        if (personId == Guid.Empty || otherId == Guid.Empty)
        {
            throw new DomainRuleException("pair.people-required", "A pair needs two registry records.");
        }

        if (personId == otherId)
        {
            throw new DomainRuleException("pair.same-record", "A record cannot be paired with itself.");
        }

        if (probability is { } p && (double.IsNaN(p) || p < 0 || p > 1))
        {
            throw new DomainRuleException("pair.probability", $"A pair's probability must lie between 0 and 1, not {p}.");
        }

        if (!Enum.IsDefined(origin))
        {
            throw new DomainRuleException("pair.origin", $"{(int)origin} is not a pair origin.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        (FirstPersonId, SecondPersonId) = Order(personId, otherId);
        Origin = origin;
        Probability = probability;
        Weight = weight is { } w && double.IsFinite(w) ? w : null;
        Explanation = TextValue.OrNull(explanation);
    }

    // For the storage layer.
    private PersonPair()
    {
    }

    /// <summary>The pair's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The record with the lesser id.</summary>
    public Guid FirstPersonId { get; private init; }

    /// <summary>The record with the greater id.</summary>
    public Guid SecondPersonId { get; private init; }

    /// <summary>How the pair came about.</summary>
    public PairOrigin Origin { get; private init; }

    /// <summary>The linkage engine's match probability, when the engine proposed the pair.</summary>
    public double? Probability { get; private init; }

    /// <summary>The engine's match weight (log2 of the odds), when the engine proposed the pair.</summary>
    public double? Weight { get; private init; }

    /// <summary>The engine's explanation, field by field (JSON), for the reviewer.</summary>
    public string? Explanation { get; private init; }

    /// <summary>Where the pair stands after its judgements.</summary>
    public MatchDecision Decision { get; private set; }

    /// <summary>Every judgement, oldest first.</summary>
    public IReadOnlyList<PairJudgement> Judgements => _judgements;

    /// <summary>Incremented on every change; a stale copy cannot overwrite a newer one.</summary>
    public int Version { get; private set; }

    /// <summary>The judgement the current decision rests on, or null when pending.</summary>
    public PairJudgement? Standing => Standings().LastOrDefault();

    /// <summary>
    /// Where the pair stood on the judgements recorded before <paramref name="moment"/>: the decision
    /// the last of them left (an undo's decision is the one it went back to), or
    /// <see cref="MatchDecision.Pending"/> when none was recorded by then. A judgement or an undo
    /// recorded later is not applied: this is what the registry held then, not what it holds now.
    /// </summary>
    /// <param name="moment">The end of what counts, exclusive (UTC or any offset).</param>
    public MatchDecision DecisionBefore(DateTimeOffset moment)
    {
        var decision = MatchDecision.Pending;

        // Judgements are appended as they are made, so those before a moment are the first ones.
        foreach (var judgement in _judgements)
        {
            if (judgement.At >= moment)
            {
                break;
            }

            decision = judgement.Decision;
        }

        return decision;
    }

    /// <summary>The two records in the order stored for a pair of them.</summary>
    public static (Guid First, Guid Second) Order(Guid personId, Guid otherId) =>
        personId.CompareTo(otherId) < 0 ? (personId, otherId) : (otherId, personId);

    /// <summary>The other record of the pair.</summary>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is neither record.</exception>
    public Guid OtherThan(Guid personId) =>
        personId == FirstPersonId ? SecondPersonId
        : personId == SecondPersonId ? FirstPersonId
        : throw new ArgumentException($"Person {personId} is not in this pair.", nameof(personId));

    /// <summary>Records a decision.</summary>
    /// <param name="decision">Same, not the same, or unsure.</param>
    /// <param name="actor">Who judged.</param>
    /// <param name="at">When.</param>
    /// <param name="note">Why; required when <paramref name="confirmed"/> is true.</param>
    /// <param name="confirmed">That the judge saw and accepts what sets the records apart (their
    /// sides or service numbers differ); the application asks for it before joining such records.</param>
    /// <exception cref="DomainRuleException">The decision is "pending" or the current one, the judge is missing, or a confirmation has no note.</exception>
    public PairJudgement Judge(MatchDecision decision, string actor, DateTimeOffset at, string? note, bool confirmed = false)
    {
        CheckDecision(decision, note, confirmed);
        return Append(new PairJudgement(Guid.NewGuid(), decision, false, JudgeName(actor), at.ToUniversalTime(), TextValue.OrNull(note), confirmed));
    }

    /// <summary>Undoes the standing judgement; the pair goes back to the decision before it.</summary>
    /// <param name="judgementId">The judgement the judge means to undo, or null for the standing one.</param>
    /// <param name="actor">Who undoes it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">Why.</param>
    /// <returns>The judgement undone.</returns>
    /// <exception cref="DomainRuleException">Nothing is left to undo, or <paramref name="judgementId"/> is not the standing judgement.</exception>
    public PairJudgement Undo(Guid? judgementId, string actor, DateTimeOffset at, string? note)
    {
        var (undone, back) = Undoing(judgementId);
        Append(new PairJudgement(Guid.NewGuid(), back, true, JudgeName(actor), at.ToUniversalTime(), TextValue.OrNull(note), false));
        return undone;
    }

    /// <summary>
    /// Appends a judgement made before, with its own id, judge, time and note: how a registry
    /// snapshot brings a pair's history back. The rules of <see cref="Judge"/> and <see cref="Undo"/>
    /// hold as they did the first time, so judgements replayed in their order rebuild the same pair.
    /// </summary>
    /// <param name="recorded">The judgement as it was recorded; for an undo, its decision is the one it went back to.</param>
    /// <exception cref="DomainRuleException">The judgement breaks a rule of <see cref="Judge"/> or
    /// <see cref="Undo"/>, its id is missing or already in the history, or an undo goes back to another
    /// decision than the one recorded.</exception>
    public void Replay(PairJudgement recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Id == Guid.Empty || _judgements.Exists(j => j.Id == recorded.Id))
        {
            throw new DomainRuleException("pair.judgement-id", $"A judgement needs an id of its own, not {recorded.Id}.");
        }

        var actor = JudgeName(recorded.Actor);
        if (!recorded.IsUndo)
        {
            CheckDecision(recorded.Decision, recorded.Note, recorded.Confirmed);
        }
        else if (Undoing(null).Back is var back && (back != recorded.Decision || recorded.Confirmed))
        {
            throw new DomainRuleException(
                "pair.undo-mismatch",
                $"Undoing the standing judgement goes back to {JudgementStack.Describe(back)}, unconfirmed, not to {JudgementStack.Describe(recorded.Decision)}.");
        }

        Append(recorded with { Actor = actor, At = recorded.At.ToUniversalTime(), Note = TextValue.OrNull(recorded.Note) });
    }

    private void CheckDecision(MatchDecision decision, string? note, bool confirmed)
    {
        if (decision == MatchDecision.Pending || !Enum.IsDefined(decision))
        {
            throw new DomainRuleException("pair.decision", "A judgement decides same, not the same, or unsure; to go back, undo the last judgement.");
        }

        if (decision == Decision)
        {
            throw new DomainRuleException("pair.already-decided", $"These records are already judged {JudgementStack.Describe(decision)}.");
        }

        if (confirmed && TextValue.OrNull(note) is null)
        {
            throw new DomainRuleException("pair.note-required", "Say in a note why the records are one person although they differ.");
        }
    }

    // The judgement an undo takes back and the decision the pair goes back to.
    private (PairJudgement Undone, MatchDecision Back) Undoing(Guid? judgementId)
    {
        var standing = Standings();
        if (standing.Count == 0)
        {
            throw new DomainRuleException("pair.nothing-to-undo", "These records have no judgement left to undo.");
        }

        var undone = standing[^1];
        if (judgementId is { } wanted && wanted != undone.Id)
        {
            throw new DomainRuleException(
                "pair.not-standing",
                $"Judgement {wanted} is not the one these records stand on ({undone.Id}); only the standing judgement can be undone.");
        }

        return (undone, standing.Count > 1 ? standing[^2].Decision : MatchDecision.Pending);
    }

    private PairJudgement Append(PairJudgement judgement)
    {
        _judgements.Add(judgement);
        Decision = judgement.Decision;
        return judgement;
    }

    private List<PairJudgement> Standings() => JudgementStack.Standing(_judgements, j => j.IsUndo);

    private static string JudgeName(string actor) =>
        TextValue.OrNull(actor) ?? throw new DomainRuleException("pair.judge-required", "A judgement must say who made it.");
}
