namespace Whereabouts.Domain.Tests.Identities;

public sealed class PersonPairTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lesser = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Greater = new("00000000-0000-0000-0000-000000000002");

    [Fact]
    public void New_EitherOrder_StoresTheLesserRecordFirst()
    {
        var fromGreater = new PersonPair(Guid.Empty, Greater, Lesser, PairOrigin.Caseworker);
        var fromLesser = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);

        Assert.Equal((Lesser, Greater), (fromGreater.FirstPersonId, fromGreater.SecondPersonId));
        Assert.Equal((Lesser, Greater), (fromLesser.FirstPersonId, fromLesser.SecondPersonId));
        Assert.Equal(MatchDecision.Pending, fromLesser.Decision);
        Assert.Equal(Lesser, fromLesser.OtherThan(Greater));
    }

    [Fact]
    public void DecisionBefore_JudgedSameThenUndone_IsWhatTheJudgementsRecordedBeforeTheMomentLeft()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        var same = pair.Judge(MatchDecision.Same, "caseworker", Monday, null);
        pair.Undo(same.Id, "caseworker", Monday.AddDays(2), "Two men after all.");

        Assert.Equal(MatchDecision.Pending, pair.DecisionBefore(Monday));
        Assert.Equal(MatchDecision.Same, pair.DecisionBefore(Monday.AddTicks(1)));
        Assert.Equal(MatchDecision.Same, pair.DecisionBefore(Monday.AddDays(2)));
        Assert.Equal(MatchDecision.Pending, pair.DecisionBefore(Monday.AddDays(3)));
        Assert.Equal(pair.Decision, pair.DecisionBefore(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void New_ARecordWithItself_IsRefused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new PersonPair(Guid.Empty, Lesser, Lesser, PairOrigin.Caseworker));

        Assert.Equal("pair.same-record", refused.Rule);
    }

    [Fact]
    public void Judge_SameThenUndo_GoesBackToPendingAndKeepsBothJudgements()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.DuplicateSearch, 0.97, 9.1, "{}");
        var same = pair.Judge(MatchDecision.Same, "ani", Monday, "same father, same unit");

        var undone = pair.Undo(same.Id, "davit", Monday.AddHours(1), "the birth years are ten years apart");

        Assert.Equal(same, undone);
        Assert.Equal(MatchDecision.Pending, pair.Decision);
        Assert.Null(pair.Standing);
        Assert.Equal([false, true], pair.Judgements.Select(j => j.IsUndo));
        Assert.Equal("davit", pair.Judgements[1].Actor);
    }

    [Fact]
    public void Undo_AJudgementThatNoLongerStands_IsRefused()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        var unsure = pair.Judge(MatchDecision.Unsure, "ani", Monday, null);
        pair.Judge(MatchDecision.NotSame, "davit", Monday, null);

        var refused = Assert.Throws<DomainRuleException>(() => pair.Undo(unsure.Id, "ani", Monday, null));

        Assert.Equal("pair.not-standing", refused.Rule);
        Assert.Equal(MatchDecision.NotSame, pair.Decision);
    }

    [Fact]
    public void Judge_ConfirmedWithoutANote_IsRefused()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);

        var refused = Assert.Throws<DomainRuleException>(() => pair.Judge(MatchDecision.Same, "ani", Monday, " ", confirmed: true));

        Assert.Equal("pair.note-required", refused.Rule);
        Assert.Empty(pair.Judgements);
    }

    [Fact]
    public void Judge_TheDecisionItAlreadyHas_IsRefused()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        pair.Judge(MatchDecision.NotSame, "ani", Monday, null);

        var refused = Assert.Throws<DomainRuleException>(() => pair.Judge(MatchDecision.NotSame, "davit", Monday, null));

        Assert.Equal("pair.already-decided", refused.Rule);
    }

    [Fact]
    public void Replay_TheJudgementsOfAnotherPair_RebuildsTheSameHistory()
    {
        var original = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        var same = original.Judge(MatchDecision.Same, "ani", Monday, "same unit");
        original.Undo(same.Id, "davit", Monday.AddHours(1), "ten years apart");
        original.Judge(MatchDecision.NotSame, "davit", Monday.AddHours(2), null);
        var copy = new PersonPair(original.Id, Lesser, Greater, PairOrigin.Caseworker);

        foreach (var judgement in original.Judgements)
        {
            copy.Replay(judgement);
        }

        Assert.Equal(original.Judgements, copy.Judgements);
        Assert.Equal(MatchDecision.NotSame, copy.Decision);
    }

    [Fact]
    public void Replay_AnUndoGoingBackToAnotherDecision_IsRefused()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        pair.Judge(MatchDecision.Same, "ani", Monday, null);

        var refused = Assert.Throws<DomainRuleException>(() => pair.Replay(
            new PairJudgement(Guid.NewGuid(), MatchDecision.NotSame, true, "davit", Monday, null, false)));

        Assert.Equal("pair.undo-mismatch", refused.Rule);
        Assert.Single(pair.Judgements);
    }

    [Fact]
    public void Replay_AJudgementIdAlreadyInTheHistory_IsRefused()
    {
        var pair = new PersonPair(Guid.Empty, Lesser, Greater, PairOrigin.Caseworker);
        var unsure = pair.Judge(MatchDecision.Unsure, "ani", Monday, null);

        var refused = Assert.Throws<DomainRuleException>(() => pair.Replay(unsure with { Decision = MatchDecision.Same }));

        Assert.Equal("pair.judgement-id", refused.Rule);
        Assert.Equal(MatchDecision.Unsure, pair.Decision);
    }
}
