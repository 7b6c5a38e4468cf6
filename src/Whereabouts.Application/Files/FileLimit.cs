namespace Whereabouts.Application.Files;

/// <summary>The largest evidence file accepted (configuration <c>Whereabouts:Files:MaxBytes</c>).</summary>
public sealed record FileLimit
{
    /// <summary>The configuration key.</summary>
    public const string Setting = "Whereabouts:Files:MaxBytes";

    /// <summary>The limit when none is configured: 2 GiB, room for a long video.</summary>
    public const long DefaultBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Creates the limit.</summary>
    public FileLimit(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        Bytes = bytes;
    }

    /// <summary>The largest file, in bytes.</summary>
    public long Bytes { get; }

    /// <summary>The limit in whole megabytes, as shown to people ("2048 MB").</summary>
    public long Megabytes => Math.Max(1, Bytes / (1024 * 1024));
}
