namespace Whereabouts.Application.Reports;

/// <summary>How far something read in the background after the start (the reports' fate histories) has got.</summary>
public enum PreparationState
{
    /// <summary>Not read yet: a report needing it would wait for the whole reading.</summary>
    Preparing,

    /// <summary>Read and kept: reports use it.</summary>
    Ready,

    /// <summary>The last attempt failed; another follows.</summary>
    Failed,
}
