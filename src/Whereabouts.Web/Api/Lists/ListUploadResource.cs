using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.Lists;

/// <summary>
/// An uploaded list as the API shows it: where its import stands (Uploaded, Queued, Running,
/// Succeeded, Failed, Cancelled), its progress while running, what it did once done, and every
/// problem (each naming its file, sheet, line and column) when it failed.
/// </summary>
internal sealed record ListUploadResource(
    Guid Id,
    string FileName,
    long Size,
    string ContentSha256,
    string State,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? DecidedBy,
    DateTimeOffset? FinishedAt,
    string? Stage,
    int? RowsDone,
    int? Rows,
    double? RowsPerSecond,
    double? SecondsLeft,
    ListImportCountsResource? Counts,
    IReadOnlyList<string> Problems,
    Guid? SourceId)
{
    public static ListUploadResource From(ListUploadView upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new(
            upload.Id,
            upload.FileName,
            upload.Size,
            upload.ContentSha256,
            upload.State.ToString(),
            upload.UploadedBy,
            upload.UploadedAt,
            upload.DecidedBy,
            upload.FinishedAt,
            upload.Live?.Stage.ToString(),
            upload.Live?.RowsDone ?? upload.Report?.Rows,
            upload.Live?.Rows ?? upload.Report?.Rows,
            upload.Live?.RowsPerSecond,
            upload.Live?.SecondsLeft,
            upload.Report is { } report ? ListImportCountsResource.From(report) : null,
            [.. upload.Problems.Select(p => p.English)],
            upload.SourceId);
    }
}
