
namespace Whereabouts.Domain.Tests.Lists;

public sealed class ListMatchTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ListMatch Pending(MatchOrigin origin = MatchOrigin.ForReview) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), origin, 0.93, 7.5, "{}");

    [Fact]
    public void New_IsPendingWithNoJudgement()
    {
        var match = Pending();

        Assert.Equal(MatchDecision.Pending, match.Decision);
        Assert.Empty(match.Judgements);
        Assert.Null(match.Standing);
        Assert.False(match.CanUndo);
    }

    [Fact]
    public void Judge_Same_DecidesAndKeepsWhoAndWhy()
    {
        var match = Pending();
        var assertion = Guid.NewGuid();

        match.Judge(MatchDecision.Same, "alice", Monday, "same father, same unit", assertion);

        Assert.Equal(MatchDecision.Same, match.Decision);
        var judgement = Assert.Single(match.Judgements);
        Assert.Equal(("alice", "same father, same unit", assertion, false), (judgement.Actor, judgement.Note, judgement.AssertionId, judgement.IsUndo));
        Assert.True(match.CanUndo);
    }

    [Fact]
    public void Undo_AfterTwoJudgements_GoesBackToTheFirstAndKeepsAllThree()
    {
        var match = Pending();
        match.Judge(MatchDecision.Unsure, "alice", Monday, null);
        var same = match.Judge(MatchDecision.Same, "bob", Monday.AddHours(1), null, Guid.NewGuid());

        var undone = match.Undo("carol", Monday.AddHours(2), "wrong father");

        Assert.Same(same, undone);
        Assert.Equal(MatchDecision.Unsure, match.Decision);
        Assert.Equal(3, match.Judgements.Count);
        Assert.True(match.Judgements[2].IsUndo);
        Assert.Equal(same.AssertionId, match.Judgements[2].AssertionId);
    }

    [Fact]
    public void Undo_EveryJudgement_ReturnsToPendingThenRefuses()
    {
        var match = Pending();
        match.Judge(MatchDecision.NotSame, "alice", Monday, null);
        match.Undo("alice", Monday, null);

        Assert.Equal(MatchDecision.Pending, match.Decision);
        Assert.False(match.CanUndo);
        DomainAssert.Refuses("match.nothing-to-undo", () => match.Undo("alice", Monday, null));
    }

    [Fact]
    public void Judge_SameDecisionTwice_IsRefused()
    {
        var match = Pending();
        match.Judge(MatchDecision.NotSame, "alice", Monday, null);

        DomainAssert.Refuses("match.already-decided", () => match.Judge(MatchDecision.NotSame, "bob", Monday, null));
    }

    [Fact]
    public void Judge_Pending_IsRefusedInFavourOfUndo()
    {
        DomainAssert.Refuses("match.decision", () => Pending().Judge(MatchDecision.Pending, "alice", Monday, null));
    }

    [Fact]
    public void Undo_RegistrationOfTheRowAsANewPerson_IsRefused()
    {
        var match = Pending(MatchOrigin.NewPerson);
        match.Judge(MatchDecision.Same, "engine", Monday, "no match");

        Assert.False(match.CanUndo);
        DomainAssert.Refuses("match.registered-from-entry", () => match.Undo("alice", Monday, null));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void New_ProbabilityOutsideZeroToOne_IsRefused(double probability)
    {
        DomainAssert.Refuses("match.probability", () => new ListMatch(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), MatchOrigin.ForReview, probability, 0, null));
    }
}
