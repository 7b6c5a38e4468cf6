namespace Whereabouts.Domain;

/// <summary>
/// A proposed match between a row of an imported list and a registry person, with the linkage
/// engine's figures and every judgement made on it. Judgements are appended, never changed: an
/// undo is itself a judgement, so the history of who decided what, and who took it back, stays.
/// </summary>
/// <remarks>A match never merges two registry people: it links a list's row to one person.</remarks>
public sealed class ListMatch
{
    private readonly List<MatchJudgement> _judgements = [];

    /// <summary>Creates a pending match.</summary>
    /// <exception cref="DomainRuleException">The entry or person is missing, or the probability is not between 0 and 1.</exception>
    public ListMatch(Guid id, Guid entryId, Guid personId, MatchOrigin origin, double probability, double weight, string? explanation)
    {
        if (entryId == Guid.Empty || personId == Guid.Empty)
        {
            throw new DomainRuleException("match.entry-and-person-required", "A match needs the list entry and the registry person.");
        }

        if (double.IsNaN(probability) || probability < 0 || probability > 1)
        {
            throw new DomainRuleException("match.probability", $"A match probability must lie between 0 and 1, not {probability}.");
        }

        if (!Enum.IsDefined(origin))
        {
            throw new DomainRuleException("match.origin", $"{(int)origin} is not a match origin.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        EntryId = entryId;
        PersonId = personId;
        Origin = origin;
        Probability = probability;
        Weight = double.IsFinite(weight) ? weight : 0;
        Explanation = TextValue.OrNull(explanation);
    }

    // For the storage layer.
    private ListMatch()
    {
    }

    /// <summary>The match's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The list entry.</summary>
    public Guid EntryId { get; private init; }

    /// <summary>The registry person.</summary>
    public Guid PersonId { get; private init; }

    /// <summary>How the match came about.</summary>
    public MatchOrigin Origin { get; private init; }

    /// <summary>The engine's match probability (1 for a person registered from the entry).</summary>
    public double Probability { get; private init; }

    /// <summary>The engine's match weight (log2 of the odds).</summary>
    public double Weight { get; private init; }

    /// <summary>The engine's explanation, field by field (JSON), for the reviewer.</summary>
    public string? Explanation { get; private init; }

    /// <summary>Where the match stands after its judgements.</summary>
    public MatchDecision Decision { get; private set; }

    /// <summary>Every judgement, oldest first.</summary>
    public IReadOnlyList<MatchJudgement> Judgements => _judgements;

    /// <summary>Incremented on every change; a stale copy cannot overwrite a newer one.</summary>
    public int Version { get; private set; }

    /// <summary>The judgement that the current decision rests on, or null when pending.</summary>
    public MatchJudgement? Standing => Standings().LastOrDefault();

    /// <summary>Whether <see cref="Undo"/> would be accepted: a judgement stands, and it is not the registration of the person from the row.</summary>
    public bool CanUndo
    {
        get
        {
            var standing = Standings().Count;
            return standing > 0 && !(Origin == MatchOrigin.NewPerson && standing == 1);
        }
    }

    /// <summary>Records a decision.</summary>
    /// <exception cref="DomainRuleException">The decision is "pending", the same as the current one, or the judge is missing.</exception>
    public MatchJudgement Judge(MatchDecision decision, string actor, DateTimeOffset at, string? note, Guid? assertionId = null)
    {
        if (decision == MatchDecision.Pending || !Enum.IsDefined(decision))
        {
            throw new DomainRuleException("match.decision", "A judgement decides same, not the same, or unsure; to go back, undo the last judgement.");
        }

        if (decision == Decision)
        {
            throw new DomainRuleException("match.already-decided", $"This match is already judged {JudgementStack.Describe(decision)}.");
        }

        var judgement = new MatchJudgement(decision, false, Judge(actor), at.ToUniversalTime(), TextValue.OrNull(note), assertionId);
        _judgements.Add(judgement);
        Decision = decision;
        return judgement;
    }

    /// <summary>
    /// Undoes the judgement the current decision rests on; the decision goes back to the one
    /// before it. Returns the judgement undone, so that what it recorded can be withdrawn.
    /// </summary>
    /// <exception cref="DomainRuleException">Nothing is left to undo, or the person was registered from this entry.</exception>
    public MatchJudgement Undo(string actor, DateTimeOffset at, string? note)
    {
        var standing = Standings();
        if (standing.Count == 0)
        {
            throw new DomainRuleException("match.nothing-to-undo", "This match has no judgement left to undo.");
        }

        if (Origin == MatchOrigin.NewPerson && standing.Count == 1)
        {
            throw new DomainRuleException(
                "match.registered-from-entry",
                "This person was registered from the list entry; the link cannot be undone. If the entry is someone else, record that on the person.");
        }

        var undone = standing[^1];
        var back = standing.Count > 1 ? standing[^2].Decision : MatchDecision.Pending;
        _judgements.Add(new MatchJudgement(back, true, Judge(actor), at.ToUniversalTime(), TextValue.OrNull(note), undone.AssertionId));
        Decision = back;
        return undone;
    }

    private List<MatchJudgement> Standings() => JudgementStack.Standing(_judgements, j => j.IsUndo);

    private static string Judge(string actor) =>
        TextValue.OrNull(actor) ?? throw new DomainRuleException("match.judge-required", "A judgement must say who made it.");
}
