namespace Whereabouts.Domain.Tests.Identities;

public sealed class IdentityGroupingTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");

    [Fact]
    public void Group_NoPairs_IsEmpty() => Assert.Empty(IdentityGrouping.Group([]));

    [Fact]
    public void Group_OnePair_BothBelongToTheLesserId()
    {
        var groups = IdentityGrouping.Group([(C, A)]);

        Assert.Equal(A, groups[A]);
        Assert.Equal(A, groups[C]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Group_ChainInAnyOrder_IsOneIdentityNamedByItsLeastRecord()
    {
        var forwards = IdentityGrouping.Group([(D, C), (C, B), (B, A)]);
        var backwards = IdentityGrouping.Group([(A, B), (B, C), (C, D)]);

        Assert.All([A, B, C, D], id => Assert.Equal(A, forwards[id]));
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void Group_TwoSeparatePairs_AreTwoIdentities()
    {
        var groups = IdentityGrouping.Group([(B, A), (D, C)]);

        Assert.Equal(A, groups[B]);
        Assert.Equal(C, groups[D]);
    }

    [Fact]
    public void Group_ChainWithoutItsFirstLink_RegroupsTheRestUnderTheirLeast()
    {
        var groups = IdentityGrouping.Group([(B, C)]);

        Assert.False(groups.ContainsKey(A));
        Assert.Equal(B, groups[C]);
    }

    [Fact]
    public void Group_Null_Throws() => Assert.Throws<ArgumentNullException>(() => IdentityGrouping.Group(null!));
}
