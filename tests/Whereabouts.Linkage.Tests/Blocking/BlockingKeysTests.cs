using Whereabouts.Linkage.Blocking;

namespace Whereabouts.Linkage.Tests.Blocking;

public sealed class BlockingKeysTests
{
    [Fact]
    public void FirstCommon_SeveralSharedKeys_IsTheFirstInTheLeftRecordsOrder()
    {
        var left = new BlockingKeys(1);
        var right = new BlockingKeys(1);
        left.Set(0, ["a", "b", "c"]);
        right.Set(0, ["c", "b"]);

        Assert.Equal("b", left.FirstCommon(0, right, 0));
        Assert.True(left.Agree(0, right, 0));
    }

    [Fact]
    public void Set_RepeatedAndEmptyKeys_KeepsDistinctOnesAndClears()
    {
        var keys = new BlockingKeys(2);
        keys.Set(0, ["a", "a", "b", "b"]);
        keys.Set(1, ["x"]);
        keys.Set(1, []);

        Assert.Equal(["b"], keys.More(0));
        Assert.Null(keys.First[1]);
        Assert.Null(keys.FirstCommon(0, keys, 1));
    }
}
