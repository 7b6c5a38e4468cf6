namespace Whereabouts.Application.Files;

/// <summary>A file the registry keeps, with every attachment it has had (detached ones too), oldest first.</summary>
/// <param name="Sha256">The SHA-256 of its bytes.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="MediaType">The type read from its bytes.</param>
/// <param name="AddedBy">Who first uploaded it.</param>
/// <param name="AddedAt">When.</param>
/// <param name="Attachments">Its attachments to sources, oldest first.</param>
public sealed record EvidenceFileView(
    string Sha256, long Length, string MediaType, string AddedBy, DateTimeOffset AddedAt, IReadOnlyList<SourceFileView> Attachments)
{
    /// <summary>The name to offer for a download: the latest name it was attached under, or its hash.</summary>
    public string DownloadName =>
        Attachments.LastOrDefault(a => a.IsAttached)?.FileName ?? (Attachments.Count > 0 ? Attachments[^1].FileName : Sha256);
}
