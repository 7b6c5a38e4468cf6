namespace Whereabouts.Web.Pages.Claims;

/// <summary>An axis label of the reconciliation chart.</summary>
/// <param name="Position">Its position along the axis.</param>
/// <param name="Text">What it reads.</param>
internal sealed record ChartTick(double Position, string Text);
