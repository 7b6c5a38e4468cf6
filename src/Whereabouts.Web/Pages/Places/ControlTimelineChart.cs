using System.Globalization;
using System.Xml.Linq;
using Whereabouts.Application.Control;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Web.Display;
using Whereabouts.Web.Maps;

namespace Whereabouts.Web.Pages.Places;

/// <summary>
/// Draws a place's periods of control as bars over time, on the server (docs/adr/0012): one row per
/// source, so that sources that contradict each other are read one above the other. A controlled
/// period is a bar in the holder's colour (the map's colours), a patrol an outlined bar, a
/// contested period a dark bar; a period with no end runs to the right edge and fades.
/// </summary>
internal static class ControlTimelineChart
{
    private const double Width = 760;
    private const double Left = 12;
    private const double Right = 12;
    private const double RowHeight = 40;
    private const double Top = 8;
    private const double Bottom = 28;

    /// <summary>The SVG markup for <paramref name="periods"/> (the standing ones, at least one); every text is escaped by the XML writer.</summary>
    /// <param name="periods">The periods, earliest first.</param>
    /// <param name="parties">The registry's parties, for the colours.</param>
    /// <param name="title">What the chart shows, read out by screen readers.</param>
    /// <param name="describe">The words for one period (its kind and holder), in the reader's language.</param>
    public static string Render(IReadOnlyList<PlaceControlView> periods, PartyList parties, string title, Func<PlaceControlView, string> describe)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(describe);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var sources = periods.Select(p => p.Source).DistinctBy(s => s.Id).ToList();
        var first = periods.Min(p => p.From.Earliest).DayNumber;
        var lastStated = periods.Max(p => (p.To ?? p.From).Latest).DayNumber;
        var span = Math.Max(1, lastStated - first);

        // Room on the right for periods that run on: a tenth of the span, at least a week.
        var last = periods.Any(p => p.To is null) ? lastStated + Math.Max(7, span / 10) : lastStated + 1;
        double X(int dayNumber) => Left + ((Width - Left - Right) * (dayNumber - first) / Math.Max(1, last - first));
        var height = Top + (RowHeight * sources.Count) + Bottom;

        var root = new XElement(
            svg + "svg",
            new XAttribute("viewBox", Invariant($"0 0 {Width} {Round(height)}")),
            new XAttribute("class", "chart control-chart"),
            new XAttribute("id", "control-chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "control-chart-title"),
            new XElement(svg + "title", new XAttribute("id", "control-chart-title"), title));

        foreach (var (source, row) in sources.Select((s, i) => (s, i)))
        {
            var y = Top + (RowHeight * row);
            root.Add(new XElement(svg + "text", new XAttribute("class", "control-source"), new XAttribute("x", Round(Left)), new XAttribute("y", Round(y + 11)), source.Title));
            foreach (var period in periods.Where(p => p.Source.Id == source.Id))
            {
                var x0 = X(period.From.Earliest.DayNumber);
                var x1 = period.To is { } to ? X(to.Latest.DayNumber + 1) : X(last);
                var colour = period.Kind == ControlKind.Contested ? ControlPalette.Contested : ControlPalette.Of(period.Party, parties);
                var bar = new XElement(
                    svg + "rect",
                    new XAttribute("class", "control-bar control-" + period.Kind.ToString().ToLowerInvariant() + (period.To is null ? " control-open" : string.Empty)),
                    new XAttribute("x", Round(x0)), new XAttribute("y", Round(y + 15)),
                    new XAttribute("width", Round(Math.Max(3, x1 - x0))), new XAttribute("height", "16"),
                    new XElement(svg + "title", describe(period) + " (" + source.Title + ")"));
                if (period.Kind == ControlKind.Patrolled)
                {
                    bar.Add(new XAttribute("fill", "#fff"), new XAttribute("stroke", colour), new XAttribute("stroke-width", "3"));
                }
                else
                {
                    bar.Add(new XAttribute("fill", colour));
                }

                if (period.To is null)
                {
                    bar.Add(new XAttribute("fill-opacity", "0.6"));
                }

                root.Add(bar);
            }
        }

        var axisY = height - Bottom + 4;
        root.Add(
            new XElement(svg + "line", new XAttribute("class", "axis"), new XAttribute("x1", Round(Left)), new XAttribute("x2", Round(Width - Right)), new XAttribute("y1", Round(axisY)), new XAttribute("y2", Round(axisY)), new XAttribute("stroke", "#333")),
            new XElement(svg + "text", new XAttribute("class", "tick"), new XAttribute("x", Round(Left)), new XAttribute("y", Round(axisY + 16)), Labels.Date(DateOnly.FromDayNumber(first))),
            new XElement(svg + "text", new XAttribute("class", "tick"), new XAttribute("x", Round(Width - Right)), new XAttribute("y", Round(axisY + 16)), new XAttribute("text-anchor", "end"), Labels.Date(DateOnly.FromDayNumber(lastStated))));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
