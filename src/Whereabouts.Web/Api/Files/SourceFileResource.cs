using Whereabouts.Application.Files;

namespace Whereabouts.Web.Api.Files;

/// <summary>A file attached to a source: the attachment (its name, who attached it when, whether and why it was detached) and the file's hash, length and type.</summary>
internal sealed record SourceFileResource(
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
    string? DetachReason,
    string Content)
{
    public static SourceFileResource From(SourceFileView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.Id, view.SourceId, view.SourceTitle, view.Sha256, view.Length, view.MediaType, view.FileName, view.Description,
            view.AttachedBy, view.AttachedAt, view.DetachedAt, view.DetachedBy, view.DetachReason, $"/api/v1/files/{view.Sha256}");
    }
}
