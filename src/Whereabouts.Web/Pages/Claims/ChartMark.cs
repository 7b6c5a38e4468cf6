namespace Whereabouts.Web.Pages.Claims;

/// <summary>One claim on the reconciliation chart.</summary>
/// <param name="X">Where its date falls.</param>
/// <param name="Y">Where its figure (or a range's lower end) falls.</param>
/// <param name="YMax">Where a range's upper end falls, or null.</param>
/// <param name="Kind">"asserted", "denied" or "rumour": how it is drawn.</param>
/// <param name="Label">What it says, for the mark's tooltip and screen readers.</param>
internal sealed record ChartMark(double X, double Y, double? YMax, string Kind, string Label);
