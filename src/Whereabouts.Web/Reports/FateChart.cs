using System.Globalization;
using System.Xml.Linq;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Reports;

/// <summary>
/// Draws one side's fate timeline as an SVG line chart, on the server: one line per fate group,
/// the days along the bottom, people up the side. Colours come from classes in site.css (the
/// Content-Security-Policy allows no inline styles or scripts).
/// </summary>
internal static class FateChart
{
    private const double Width = 760;
    private const double Height = 300;
    private const double Left = 52;
    private const double Right = 180;
    private const double Top = 16;
    private const double Bottom = 40;
    private const int MostDayLabels = 8;

    /// <summary>The class of each group's line and legend entry.</summary>
    public static string ClassOf(FateGroup group) => "series-" + group.ToString().ToLowerInvariant();

    /// <summary>The words for a fate group in the chart and its table.</summary>
    public static string Label(FateGroup group) => group switch
    {
        FateGroup.Unknown => Labels.Text("Missing"),
        FateGroup.Captivity => Labels.Text("In captivity"),
        FateGroup.Free => Labels.Text("Free"),
        FateGroup.Dead => Labels.Text("Dead"),
        _ => group.ToString(),
    };

    /// <summary>The SVG markup for <paramref name="side"/>'s lines; every text is escaped by the XML writer.</summary>
    /// <param name="timeline">The timeline with at least one point.</param>
    /// <param name="side">The slug of the party drawn; null for the people of no recorded party.</param>
    /// <param name="id">A prefix for the element ids, unique on the page.</param>
    /// <param name="title">What the chart shows, read out by screen readers.</param>
    public static string Render(FateTimeline timeline, string? side, string id, string title)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var points = timeline.Points;
        var max = Math.Max(1, points.SelectMany(p => FateTimeline.Groups.Select(g => p.People(side, g))).DefaultIfEmpty(0).Max());
        var top = NiceCeiling(max);
        var first = points[0].Day.DayNumber;
        var span = Math.Max(1, points[^1].Day.DayNumber - first);
        double X(DateOnly day) => Left + ((Width - Left - Right) * (day.DayNumber - first) / span);
        double Y(int people) => Height - Bottom - ((Height - Top - Bottom) * people / top);

        var root = new XElement(
            svg + "svg",
            new XAttribute("viewBox", Invariant($"0 0 {Width} {Height}")),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", id + "-title"),
            new XElement(svg + "title", new XAttribute("id", id + "-title"), title));

        // The people axis: four steps from zero to a round number above the largest count.
        for (var i = 0; i <= 4; i++)
        {
            var value = top * i / 4;
            var y = Y(value);
            root.Add(
                new XElement(svg + "line", Attributes(("class", "grid"), ("x1", Left), ("x2", Width - Right), ("y1", y), ("y2", y))),
                new XElement(svg + "text", Attributes(("class", "axis-label"), ("x", Left - 6), ("y", y + 4), ("text-anchor", "end")), Labels.Of(value)));
        }

        // The day axis: the first and last days and evenly spaced ones between.
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / (double)MostDayLabels));
        var labelled = Enumerable.Range(0, points.Count).Where(i => i % every == 0).ToList();
        if (labelled[^1] != points.Count - 1)
        {
            // The last day is always labelled; a regular label too close to it would overlap it.
            if (points.Count - 1 - labelled[^1] < Math.Max(1, every / 2))
            {
                labelled.RemoveAt(labelled.Count - 1);
            }

            labelled.Add(points.Count - 1);
        }

        foreach (var i in labelled)
        {
            AddDayLabel(points[i].Day);
        }

        root.Add(new XElement(svg + "line", Attributes(("class", "axis"), ("x1", Left), ("x2", Width - Right), ("y1", Height - Bottom), ("y2", Height - Bottom))));

        var legendY = Top + 8;
        foreach (var group in FateTimeline.Groups)
        {
            var line = string.Join(' ', points.Select(p => Invariant($"{Round(X(p.Day))},{Round(Y(p.People(side, group)))}")));
            var shape = points.Count == 1
                ? new XElement(svg + "circle", Attributes(("class", "series " + ClassOf(group)), ("cx", X(points[0].Day)), ("cy", Y(points[0].People(side, group))), ("r", 4)))
                : new XElement(svg + "polyline", Attributes(("class", "series " + ClassOf(group)), ("points", line)));
            root.Add(shape);
            root.Add(
                new XElement(svg + "line", Attributes(("class", "series " + ClassOf(group)), ("x1", Width - Right + 16), ("x2", Width - Right + 40), ("y1", legendY), ("y2", legendY))),
                new XElement(svg + "text", Attributes(("class", "legend"), ("x", Width - Right + 46), ("y", legendY + 4)), Label(group)));
            legendY += 22;
        }

        return root.ToString(SaveOptions.DisableFormatting);

        void AddDayLabel(DateOnly day)
        {
            var text = timeline.Step == FateTimelineStep.Daily
                ? day.ToString("d MMM yyyy", CultureInfo.CurrentCulture)
                : day.ToString("MMM yyyy", CultureInfo.CurrentCulture);
            root.Add(new XElement(svg + "text", Attributes(("class", "axis-label"), ("x", X(day)), ("y", Height - Bottom + 18), ("text-anchor", "middle")), text));
        }
    }

    /// <summary>A round top for the people axis: the smallest of 4, 8, 12, 20 or 40 times a power of ten that is at least <paramref name="value"/> (so its quarters are whole numbers).</summary>
    internal static int NiceCeiling(int value)
    {
        var power = 1;
        while (true)
        {
            foreach (var step in new[] { 4, 8, 12, 20, 40 })
            {
                if (step * power >= value)
                {
                    return step * power;
                }
            }

            power *= 10;
        }
    }

    private static XAttribute[] Attributes(params (string Name, object Value)[] attributes) =>
        [.. attributes.Select(a => new XAttribute(a.Name, a.Value is double d ? Round(d) : Convert.ToString(a.Value, CultureInfo.InvariantCulture)!))];

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
