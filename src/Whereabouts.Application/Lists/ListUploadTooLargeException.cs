using System.Globalization;

namespace Whereabouts.Application.Lists;

/// <summary>An upload larger than the configured limit; nothing was kept.</summary>
public sealed class ListUploadTooLargeException : Exception
{
    /// <summary>Creates the exception for <paramref name="fileName"/> and the limit it broke.</summary>
    public ListUploadTooLargeException(string fileName, ListUploadLimit limit)
        : base(string.Create(CultureInfo.InvariantCulture, $"{fileName}: the file is larger than the limit of {limit?.Megabytes} MB; split the list into parts."))
    {
        ArgumentNullException.ThrowIfNull(limit);
        Limit = limit;
    }

    /// <summary>The limit the upload broke.</summary>
    public ListUploadLimit Limit { get; }
}
