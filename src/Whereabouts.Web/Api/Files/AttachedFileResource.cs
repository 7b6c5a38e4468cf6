using Whereabouts.Application.Files;

namespace Whereabouts.Web.Api.Files;

/// <summary>The answer to an upload: the file's SHA-256, length and type, whether the registry already had its bytes, and the attachment.</summary>
internal sealed record AttachedFileResource(string Sha256, long Length, string MediaType, bool NewFile, bool NewAttachment, SourceFileResource Attachment)
{
    public static AttachedFileResource From(AttachedFile attached)
    {
        ArgumentNullException.ThrowIfNull(attached);
        var view = attached.Attachment;
        return new(view.Sha256, view.Length, view.MediaType, attached.IsNewFile, attached.IsNewAttachment, SourceFileResource.From(view));
    }
}
