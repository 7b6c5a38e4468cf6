namespace Whereabouts.Application.Reports;

/// <summary>How far apart the points of a fate timeline are.</summary>
public enum FateTimelineStep
{
    /// <summary>One point at the end of each month (the last one on the range's last day).</summary>
    Monthly,

    /// <summary>One point on every day.</summary>
    Daily,
}
