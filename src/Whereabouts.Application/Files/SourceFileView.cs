using Whereabouts.Domain;

namespace Whereabouts.Application.Files;

/// <summary>A file attached to a source, with what the file is: for the source's page, the file's page and the API.</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="SourceId">The source.</param>
/// <param name="SourceTitle">The source's title.</param>
/// <param name="Sha256">The file's SHA-256.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="MediaType">The type read from the file's bytes.</param>
/// <param name="FileName">The name it was uploaded under.</param>
/// <param name="Description">What it shows, or null.</param>
/// <param name="AttachedBy">Who attached it.</param>
/// <param name="AttachedAt">When.</param>
/// <param name="DetachedAt">When it was detached, or null while attached.</param>
/// <param name="DetachedBy">Who detached it, or null.</param>
/// <param name="DetachReason">Why, or null.</param>
public sealed record SourceFileView(
    Guid Id,
    Guid SourceId,
    string SourceTitle,
    string Sha256,
    long Length,
    string MediaType,
    string FileName,
    string? Description,
    string AttachedBy,
    DateTimeOffset AttachedAt,
    DateTimeOffset? DetachedAt,
    string? DetachedBy,
    string? DetachReason)
{
    /// <summary>Whether it is still attached.</summary>
    public bool IsAttached => DetachedAt is null;

    internal static SourceFileView From(SourceFile attachment, EvidenceFile file, string sourceTitle) => new(
        attachment.Id,
        attachment.SourceId,
        sourceTitle,
        file.Sha256,
        file.Length,
        file.MediaType,
        attachment.FileName,
        attachment.Description,
        attachment.AttachedBy,
        attachment.AttachedAt,
        attachment.DetachedAt,
        attachment.DetachedBy,
        attachment.DetachReason);
}
