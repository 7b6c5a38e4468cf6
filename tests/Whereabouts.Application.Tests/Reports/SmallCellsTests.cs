using Whereabouts.Application.Reports;

namespace Whereabouts.Application.Tests.Reports;

public sealed class SmallCellsTests
{
    [Fact]
    public void Suppress_HiddenCellsHoldingFewerThanTheThreshold_HidesTheSmallestVisibleToo()
    {
        // 2 and 1 hidden hold 3 people, which the total would reveal: the 6 goes too.
        var (shown, totalShown) = SmallCells.Suppress([[10, 2], [6, 1]], 5);

        Assert.Equal([true, false], shown[0]);
        Assert.Equal([false, false], shown[1]);
        Assert.True(totalShown);
    }

    [Fact]
    public void Suppress_TotalBelowTheThreshold_HidesEveryCellAndTheTotal()
    {
        var (shown, totalShown) = SmallCells.Suppress([[3], [1]], 5);

        Assert.Equal([false], shown[0]);
        Assert.Equal([false], shown[1]);
        Assert.False(totalShown);
    }

    [Fact]
    public void Suppress_EmptyCellsOnly_HidesThemAndShowsTheRest()
    {
        var (shown, totalShown) = SmallCells.Suppress([[0, 7], [0, 9]], 5);

        Assert.Equal([false, true], shown[0]);
        Assert.Equal([false, true], shown[1]);
        Assert.True(totalShown);
    }
}
