namespace Whereabouts.Storage.Backup;

/// <summary>What a restore did.</summary>
/// <param name="Refusal">Why nothing was restored, or null when the registry was restored.</param>
/// <param name="KeptAside">Where the registry it replaced was kept, or null when there was none.</param>
public sealed record RestoreOutcome(string? Refusal, string? KeptAside)
{
    /// <summary>An outcome that restored nothing, for the reason given.</summary>
    public static RestoreOutcome Refused(string reason) => new(reason, null);
}
