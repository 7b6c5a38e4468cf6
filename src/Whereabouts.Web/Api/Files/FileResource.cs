using Whereabouts.Application.Files;

namespace Whereabouts.Web.Api.Files;

/// <summary>A file the registry keeps: its SHA-256, length and type read from its bytes, who first added it when, and every attachment it has had.</summary>
internal sealed record FileResource(
    string Sha256, long Length, string MediaType, string AddedBy, DateTimeOffset AddedAt, string Content, IReadOnlyList<SourceFileResource> Attachments)
{
    public static FileResource From(EvidenceFileView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Sha256, view.Length, view.MediaType, view.AddedBy, view.AddedAt, $"/api/v1/files/{view.Sha256}", [.. view.Attachments.Select(SourceFileResource.From)]);
    }
}
