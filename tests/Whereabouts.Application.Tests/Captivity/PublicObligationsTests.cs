using Whereabouts.Application.Captivity;

namespace Whereabouts.Application.Tests.Captivity;

public sealed class PublicObligationsTests
{
    [Fact]
    public void From_OneSmallCell_HidesItAndTheNextSmallestSoNeitherCanBeWorkedOut()
    {
        // azerbaijani: 20 on time, 6 late, 3 never: 3 is hidden, and so is 6, the smallest shown.
        var figures = PublicObligations.From([.. Many("azerbaijani", NotificationOutcome.OnTime, 20), .. Many("azerbaijani", NotificationOutcome.Late, 6), .. Many("azerbaijani", NotificationOutcome.Never, 3)], 7);

        Assert.Equal(["azerbaijani"], figures.Parties);
        Assert.Equal([20], figures.Rows[0].CountsByParty);
        Assert.Equal([null], figures.Rows[1].CountsByParty);
        Assert.Equal([null], figures.Rows[2].CountsByParty);
        Assert.Equal(29, figures.Total);
    }

    [Fact]
    public void From_FewerCaptivesThanTheThreshold_ShowsNothing()
    {
        var figures = PublicObligations.From([.. Many(null, NotificationOutcome.Never, 4)], 7);

        Assert.Equal([null], figures.Parties);
        Assert.All(figures.Rows, r => Assert.Equal([null], r.CountsByParty));
        Assert.Null(figures.Total);
    }

    private static IEnumerable<(string?, NotificationOutcome)> Many(string? party, NotificationOutcome outcome, int count) =>
        Enumerable.Repeat<(string?, NotificationOutcome)>((party, outcome), count);
}
