using Whereabouts.Domain;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>An uploaded list as the Lists page and the API show it: the file, how it is to be read and imported, and where its import stands.</summary>
/// <param name="Id">The upload.</param>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="Size">The file's size in bytes.</param>
/// <param name="ContentSha256">The file's SHA-256.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
/// <param name="UploadedAt">When (UTC).</param>
/// <param name="State">Where its import stands.</param>
/// <param name="Mapping">How the file is read, as a person corrected it; null: all detected.</param>
/// <param name="Settings">How it is imported, once said.</param>
/// <param name="DecidedBy">Who asked for the import, or cancelled it.</param>
/// <param name="FinishedAt">When the import finished, failed or was cancelled.</param>
/// <param name="SourceId">The list as a source, once imported.</param>
/// <param name="Report">What the import did, once imported.</param>
/// <param name="Problems">Why it failed, each problem with its place.</param>
/// <param name="Version">The upload's version, for a version-checked change.</param>
/// <param name="Live">The import's progress while it runs in this process.</param>
public sealed record ListUploadView(
    Guid Id,
    string FileName,
    long Size,
    string ContentSha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    ListImportState State,
    ListMapping? Mapping,
    ListUploadSettings? Settings,
    string? DecidedBy,
    DateTimeOffset? FinishedAt,
    Guid? SourceId,
    ListImportReport? Report,
    IReadOnlyList<Sentence> Problems,
    int Version,
    ListImportLive? Live)
{
    /// <summary>Whether the import is over (succeeded, failed or cancelled).</summary>
    public bool IsFinished => State is ListImportState.Succeeded or ListImportState.Failed or ListImportState.Cancelled;

    /// <summary>Whether its mapping and settings can still change.</summary>
    public bool CanConfigure => State == ListImportState.Uploaded;

    /// <summary>Whether it can be cancelled.</summary>
    public bool CanCancel => !IsFinished;
}
