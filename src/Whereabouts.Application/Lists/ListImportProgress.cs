using System.Globalization;

namespace Whereabouts.Application.Lists;

/// <summary>How far an import is: its stage, and units done of the stage's total (rows, or pairs while linking).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Units done in the stage.</param>
/// <param name="Total">Units in the stage; 0 when not known.</param>
/// <param name="Rows">The list's rows (0 until read).</param>
public sealed record ListImportProgress(ListImportStage Stage, long Done, long Total, int Rows)
{
    /// <summary>The fraction of the stage done, 0–1 (0 when the total is unknown).</summary>
    public double Fraction => Total <= 0 ? 0 : Math.Clamp((double)Done / Total, 0, 1);

    /// <summary>A line for a terminal: "linking: 12,000 of 40,000".</summary>
    public override string ToString() => Stage switch
    {
        ListImportStage.Reading when Rows > 0 => string.Create(CultureInfo.InvariantCulture, $"read {Rows:N0} rows"),
        ListImportStage.Reading => "reading the file…",
        ListImportStage.Saving => string.Create(CultureInfo.InvariantCulture, $"saving {Rows:N0} rows…"),
        _ when Total > 0 => string.Create(CultureInfo.InvariantCulture, $"{Stage.ToString().ToLowerInvariant()}: {Done:N0} of {Total:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Stage.ToString().ToLowerInvariant()}…"),
    };
}
