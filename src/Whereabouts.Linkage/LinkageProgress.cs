namespace Whereabouts.Linkage;

/// <summary>Where a long linkage run is: the stage ("blocking", "comparing", "training", "scoring") and how far.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Done">Units done in the stage.</param>
/// <param name="Total">Units in the stage, or 0 when unknown.</param>
public sealed record LinkageProgress(string Stage, long Done, long Total);
