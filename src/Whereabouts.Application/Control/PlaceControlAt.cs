using Whereabouts.Application.Places;
using Whereabouts.Domain;

namespace Whereabouts.Application.Control;

/// <summary>
/// Who held a place at a time: every standing period that may include it, each with its source.
/// Sources that disagree are all kept; <see cref="Disagree"/> says so.
/// </summary>
/// <param name="Place">The place.</param>
/// <param name="When">The day asked about (or the month or year, when only that is known, as a capture's date may be).</param>
/// <param name="Periods">The standing periods that may include it, by their first day, then when recorded.</param>
public sealed record PlaceControlAt(PlaceLink Place, PartialDate When, IReadOnlyList<PlaceControlView> Periods)
{
    /// <summary>
    /// Whether the sources disagree about who held the place: two periods that say it was controlled
    /// or contested say different things. A patrol is not a holding (peacekeepers patrol a place
    /// whoever else is there), so a patrolled period contradicts none.
    /// </summary>
    public bool Disagree
    {
        get
        {
            var holding = Periods.Where(p => p.Kind != ControlKind.Patrolled).ToList();
            return holding.Any(p => !p.SaysTheSameAs(holding[0]));
        }
    }
}
