namespace Whereabouts.Application.Files;

/// <summary>What attaching a file did.</summary>
/// <param name="Attachment">The attachment: the new one, or the one that already attached the same bytes to the source.</param>
/// <param name="IsNewAttachment">False when the same bytes were already attached to the source, which then has them once.</param>
/// <param name="IsNewFile">False when the registry already kept the same bytes (for this source or another).</param>
public sealed record AttachedFile(SourceFileView Attachment, bool IsNewAttachment, bool IsNewFile);
