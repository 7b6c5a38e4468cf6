namespace Whereabouts.Domain;

/// <summary>
/// Which fate statuses can follow which in time. These are facts about the world, not about the
/// paperwork: a dead man cannot later be captured, and once someone's fate is known it cannot
/// become unknown again without one of the two reports being wrong.
/// </summary>
/// <remarks>
/// Within a group any order is allowed (a captive may be reported captured after his capture was
/// confirmed; remains may be recovered after they were identified from a photograph). Captivity
/// may end in freedom or death; freedom may end in capture again or death. "Missing" after any
/// known fate is a contradiction worth a caseworker's eye: it is exactly what a family hears when
/// the detaining side stops acknowledging a prisoner.
/// <para>Contradictions come in two strengths. Life after death is <em>impossible</em>
/// (<see cref="IsImpossible"/>): one of the two reports is false. A known fate followed by
/// "missing" is only <em>inconsistent</em>: both reports may be honest, and the disappearance is
/// the news. Both make a person contested; only the impossible one is refused against a confirmed
/// fact (see <see cref="Person.AssertFate"/>).</para>
/// </remarks>
public static class FateTransitions
{
    /// <summary>The group a status belongs to.</summary>
    public static FateGroup GroupOf(FateStatus status) => status switch
    {
        FateStatus.Missing => FateGroup.Unknown,
        FateStatus.ReportedCaptured or FateStatus.CaptureConfirmed or FateStatus.Detained
            or FateStatus.OnTrial or FateStatus.Sentenced => FateGroup.Captivity,
        FateStatus.Released or FateStatus.Repatriated or FateStatus.FoundAlive => FateGroup.Free,
        FateStatus.Deceased or FateStatus.RemainsRecovered or FateStatus.RemainsIdentified => FateGroup.Dead,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fate status."),
    };

    /// <summary>True when a person in <paramref name="earlier"/> can later be in <paramref name="later"/>.</summary>
    public static bool CanFollow(FateStatus earlier, FateStatus later)
    {
        var from = GroupOf(earlier);
        var to = GroupOf(later);
        return from switch
        {
            FateGroup.Unknown => true,
            FateGroup.Captivity or FateGroup.Free => to != FateGroup.Unknown,
            FateGroup.Dead => to == FateGroup.Dead,
            _ => throw new ArgumentOutOfRangeException(nameof(earlier), earlier, "Unknown fate group."),
        };
    }

    /// <summary>True when nobody in <paramref name="earlier"/> can ever later be in <paramref name="later"/>: life after death.</summary>
    public static bool IsImpossible(FateStatus earlier, FateStatus later) =>
        GroupOf(earlier) == FateGroup.Dead && GroupOf(later) != FateGroup.Dead;

    /// <summary>
    /// True when two statuses at the given dates exclude each other outright (<see cref="IsImpossible"/>
    /// in their order); when the dates overlap, only if both orders are impossible.
    /// </summary>
    public static bool Exclude(FateStatus first, PartialDate firstAsOf, FateStatus second, PartialDate secondAsOf) =>
        InOrder(first, firstAsOf, second, secondAsOf, IsImpossible);

    /// <summary>
    /// True when two statuses at the given dates cannot both be true. When the dates overlap, so
    /// that their order is unknown, they contradict only if neither order is possible.
    /// </summary>
    public static bool Contradict(FateStatus first, PartialDate firstAsOf, FateStatus second, PartialDate secondAsOf)
    {
        return InOrder(first, firstAsOf, second, secondAsOf, (earlier, later) => !CanFollow(earlier, later));
    }

    private static bool InOrder(
        FateStatus first, PartialDate firstAsOf, FateStatus second, PartialDate secondAsOf, Func<FateStatus, FateStatus, bool> broken)
    {
        ArgumentNullException.ThrowIfNull(firstAsOf);
        ArgumentNullException.ThrowIfNull(secondAsOf);
        if (firstAsOf.IsDefinitelyBefore(secondAsOf))
        {
            return broken(first, second);
        }

        if (secondAsOf.IsDefinitelyBefore(firstAsOf))
        {
            return broken(second, first);
        }

        return broken(first, second) && broken(second, first);
    }
}
