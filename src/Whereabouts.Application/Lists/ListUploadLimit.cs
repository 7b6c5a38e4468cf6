namespace Whereabouts.Application.Lists;

/// <summary>The largest list a person may upload (configuration <c>Whereabouts:Lists:MaxUploadBytes</c>).</summary>
public sealed record ListUploadLimit
{
    /// <summary>The limit when none is configured: 50 MB.</summary>
    public const long DefaultBytes = 50L * 1024 * 1024;

    /// <summary>Creates the limit; it is never above what the importer reads at once (<see cref="ListImporter.MaxBytes"/>).</summary>
    public ListUploadLimit(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        Bytes = Math.Min(bytes, ListImporter.MaxBytes);
    }

    /// <summary>The largest upload, in bytes.</summary>
    public long Bytes { get; }

    /// <summary>The limit in whole megabytes, as shown to people ("50 MB").</summary>
    public long Megabytes => Math.Max(1, Bytes / (1024 * 1024));
}
