namespace Whereabouts.Application.Lists;

/// <summary>How far a running import is, as the Lists page and the API show it.</summary>
/// <param name="Stage">The importer's stage.</param>
/// <param name="Rows">The list's rows (0 until read).</param>
/// <param name="RowsDone">Rows through linking and deciding, counted as the share of the work done (linking is most of it).</param>
/// <param name="RowsPerSecond">Rows done per second since the import started; 0 at first.</param>
/// <param name="SecondsLeft">The time left at that pace, or null when it cannot be told yet.</param>
/// <param name="CancelRequested">Whether someone asked to cancel it (it stops at its next check).</param>
public sealed record ListImportLive(ListImportStage Stage, int Rows, int RowsDone, double RowsPerSecond, double? SecondsLeft, bool CancelRequested)
{
    /// <summary>The fraction of the import done, 0–1.</summary>
    public double Fraction => Rows <= 0 ? 0 : Math.Clamp((double)RowsDone / Rows, 0, 1);
}
