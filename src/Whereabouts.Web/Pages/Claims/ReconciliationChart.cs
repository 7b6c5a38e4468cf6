using System.Globalization;
using Whereabouts.Application.Claims;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>
/// The geometry of the reconciliation chart, drawn as SVG on the server (the pages run no script):
/// each dated claim is a mark at its date and figure (a range is a bar from its lower to its upper
/// end; a denied figure a hollow mark; a rumour a diamond), and the registry's named people are a
/// step line. Vague and undated claims have no place on the chart; the table lists them.
/// </summary>
internal sealed class ReconciliationChart
{
    public const int Width = 720;
    public const int Height = 320;
    private const int Left = 56;
    private const int Right = 24;
    private const int Top = 16;
    private const int Bottom = 40;

    private ReconciliationChart(IReadOnlyList<ChartMark> marks, string? registryPath, IReadOnlyList<ChartTick> xTicks, IReadOnlyList<ChartTick> yTicks)
    {
        Marks = marks;
        RegistryPath = registryPath;
        XTicks = xTicks;
        YTicks = yTicks;
    }

    /// <summary>One mark per charted claim.</summary>
    public IReadOnlyList<ChartMark> Marks { get; }

    /// <summary>The SVG path of the registry's step line, or null when the registry does not count this category.</summary>
    public string? RegistryPath { get; }

    /// <summary>Date labels along the bottom.</summary>
    public IReadOnlyList<ChartTick> XTicks { get; }

    /// <summary>Count labels up the side.</summary>
    public IReadOnlyList<ChartTick> YTicks { get; }

    /// <summary>The left edge of the plot, for the axes.</summary>
    public static int PlotLeft => Left;

    /// <summary>The bottom edge of the plot, for the axes.</summary>
    public static int PlotBottom => Height - Bottom;

    /// <summary>The right edge of the plot.</summary>
    public static int PlotRight => Width - Right;

    /// <summary>The chart for a reconciliation, or null when no claim has both a date and a number.</summary>
    public static ReconciliationChart? For(Reconciliation reconciliation)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        var dated = reconciliation.Claims.Where(c => c.AsOf is not null && c.Count is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        // The chart spans the claims' dates (and the registry's points between them), a day either side.
        var first = dated.Min(c => c.AsOf!.StatedStart).AddDays(-1);
        // A claim dated to a month or a year is compared with the registry at the period's end: the chart reaches it.
        var today = reconciliation.RegistryOverTime.Count > 0 ? reconciliation.RegistryOverTime[^1].Day : DateOnly.MaxValue;
        var last = dated.Max(c => Reconciliation.ComparedOn(c.AsOf!, today)).AddDays(1);
        var registry = reconciliation.RegistryOverTime.Where(p => p.Day >= first && p.Day <= last).ToList();
        var top = Math.Max(dated.Max(c => c.CountMax ?? c.Count!.Value), registry.Count == 0 ? 0 : registry.Max(p => p.Count));
        top = NiceCeiling(Math.Max(top, 1));
        var span = Math.Max(1, last.DayNumber - first.DayNumber);

        double X(DateOnly day) => Left + ((double)(day.DayNumber - first.DayNumber) / span * (Width - Left - Right));
        double Y(int count) => Height - Bottom - ((double)count / top * (Height - Top - Bottom));

        var marks = dated.Select(c => new ChartMark(
            X(c.AsOf!.StatedStart),
            Y(c.Count!.Value),
            c.CountMax is { } max ? Y(max) : null,
            c.Status switch
            {
                ClaimStatus.Denied => "denied",
                ClaimStatus.Rumour => "rumour",
                _ => "asserted",
            },
            Labels.Format("{0}: {1}, as of {2} ({3})", c.SourceTitle, Sources.ClaimLabels.Figure(c), Labels.Of(c.AsOf!), Labels.Of(c.Status)))).ToList();

        string? path = null;
        if (reconciliation.RegistryRule is not null)
        {
            // The registry's count before the first point is the first point's: a step line from the left edge.
            var points = reconciliation.RegistryOverTime.Where(p => p.Day <= last).ToList();
            var start = points.LastOrDefault(p => p.Day <= first) ?? points.FirstOrDefault();
            if (start is not null)
            {
                var builder = new System.Text.StringBuilder();
                builder.Append(CultureInfo.InvariantCulture, $"M{X(first):0.#},{Y(start.Count):0.#}");
                foreach (var point in points.Where(p => p.Day > first))
                {
                    builder.Append(CultureInfo.InvariantCulture, $" H{X(point.Day):0.#} V{Y(point.Count):0.#}");
                }

                builder.Append(CultureInfo.InvariantCulture, $" H{X(last):0.#}");
                path = builder.ToString();
            }
        }

        var xTicks = new[] { first.AddDays(1), last.AddDays(-1) }.Distinct()
            .Select(d => new ChartTick(X(d), d.ToString("d MMM yyyy", CultureInfo.CurrentCulture))).ToList();
        var yTicks = new[] { 0, top / 2, top }.Distinct()
            .Select(v => new ChartTick(Y(v), Labels.Of(v))).ToList();
        return new ReconciliationChart(marks, path, xTicks, yTicks);
    }

    /// <summary>
    /// An SVG text label, as markup: Razor reserves the &lt;text&gt; element for itself, so the
    /// page writes it raw; the text is encoded here.
    /// </summary>
    public static string Label(double x, double y, string anchor, string text) => string.Create(
        CultureInfo.InvariantCulture,
        $"<text class=\"tick\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{System.Net.WebUtility.HtmlEncode(text)}</text>");

    // 1, 2, 5 × 10^n: a top figure a reader can scale by eye.
    private static int NiceCeiling(int value)
    {
        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
