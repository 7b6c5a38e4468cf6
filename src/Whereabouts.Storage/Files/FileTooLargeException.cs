namespace Whereabouts.Storage.Files;

/// <summary>A file longer than the limit it was written under; nothing of it was kept.</summary>
public sealed class FileTooLargeException : Exception
{
    /// <summary>Creates the exception for the limit <paramref name="limitBytes"/>.</summary>
    public FileTooLargeException(long limitBytes)
        : base($"The file is larger than the limit of {limitBytes} bytes.")
    {
        LimitBytes = limitBytes;
    }

    /// <summary>The limit, in bytes.</summary>
    public long LimitBytes { get; }
}
