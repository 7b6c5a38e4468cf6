using System.Security.Cryptography;

namespace Whereabouts.Domain;

/// <summary>
/// A list uploaded to the web app to be imported: the file as it came, how it is to be read (the
/// mapping) and imported (the options), and where the import stands. The registry changes only
/// when the import succeeds, in one transaction; until then this record is all there is of it.
/// </summary>
/// <remarks>
/// The states run Uploaded → Queued → Running → Succeeded, Failed or Cancelled; a person can cancel
/// before it finishes. A finished import is kept (with its file) as the record of who brought which
/// file, when, and what came of it.
/// </remarks>
public sealed class ListImport
{
    /// <summary>The longest file name kept.</summary>
    public const int FileNameLength = 300;

    /// <summary>Records an upload.</summary>
    /// <exception cref="DomainRuleException">The file is empty or unnamed, or no one uploaded it.</exception>
    public ListImport(Guid id, string fileName, byte[] content, string uploadedBy, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainRuleException("list-import.empty", "The file is empty.");
        }

        var name = TextValue.OrNull(fileName) ?? throw new DomainRuleException("list-import.file-name", "The file needs a name.");
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        FileName = name.Length > FileNameLength ? name[..FileNameLength] : name;
        Content = content;
        ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        UploadedBy = TextValue.OrNull(uploadedBy) ?? throw new DomainRuleException("list-import.actor", "An upload must say who made it.");
        UploadedAt = uploadedAt.ToUniversalTime();
        State = ListImportState.Uploaded;
    }

    // For the storage layer.
    private ListImport()
    {
        FileName = null!;
        Content = null!;
        ContentSha256 = null!;
        UploadedBy = null!;
    }

    /// <summary>The upload's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; private init; }

    /// <summary>The file's bytes as uploaded.</summary>
    public byte[] Content { get; private init; }

    /// <summary>The SHA-256 of <see cref="Content"/>, as 64 lowercase hex digits.</summary>
    public string ContentSha256 { get; private init; }

    /// <summary>Who uploaded it.</summary>
    public string UploadedBy { get; private init; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTimeOffset UploadedAt { get; private init; }

    /// <summary>How the file is read (a list mapping as JSON); null: everything detected.</summary>
    public string? MappingJson { get; private set; }

    /// <summary>How the list is imported (title, reliability, fate, side, thresholds, earlier version) as JSON.</summary>
    public string? OptionsJson { get; private set; }

    /// <summary>Where the import stands.</summary>
    public ListImportState State { get; private set; }

    /// <summary>Who asked for the import, or who cancelled it.</summary>
    public string? DecidedBy { get; private set; }

    /// <summary>When the import finished, failed or was cancelled (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The list as a source, once imported.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>What the import did (counts, as JSON), once imported.</summary>
    public string? ReportJson { get; private set; }

    /// <summary>
    /// Why it failed, each problem with its place, as the application wrote it: it keeps each
    /// problem's template and values, so that a page shows them in its reader's language.
    /// </summary>
    public string? Problems { get; private set; }

    /// <summary>Optimistic concurrency: two people correcting one upload's mapping cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Whether the import is over (succeeded, failed or cancelled).</summary>
    public bool IsFinished => State is ListImportState.Succeeded or ListImportState.Failed or ListImportState.Cancelled;

    /// <summary>Sets how the file is read and imported, before the import is asked for.</summary>
    /// <exception cref="DomainRuleException">The import was already asked for.</exception>
    public void Configure(string? mappingJson, string? optionsJson)
    {
        if (State != ListImportState.Uploaded)
        {
            throw new DomainRuleException("list-import.configured", "The import was already asked for; its mapping can no longer change.");
        }

        MappingJson = TextValue.OrNull(mappingJson);
        OptionsJson = TextValue.OrNull(optionsJson);
        Version++;
    }

    /// <summary>Asks for the import.</summary>
    /// <exception cref="DomainRuleException">It was already asked for, or has no options.</exception>
    public void Queue(string actor)
    {
        if (State != ListImportState.Uploaded)
        {
            throw new DomainRuleException("list-import.queued", "The import was already asked for.");
        }

        if (OptionsJson is null)
        {
            throw new DomainRuleException("list-import.options", "Say how the list is imported (its title as a source) before importing it.");
        }

        DecidedBy = TextValue.OrNull(actor) ?? throw new DomainRuleException("list-import.actor", "An import must say who asked for it.");
        State = ListImportState.Queued;
        Version++;
    }

    /// <summary>Marks the import as running.</summary>
    /// <exception cref="DomainRuleException">It is not queued.</exception>
    public void Start()
    {
        if (State != ListImportState.Queued)
        {
            throw new DomainRuleException("list-import.start", $"Only a queued import can start; this one is {State}.");
        }

        State = ListImportState.Running;
        Version++;
    }

    /// <summary>Records success: the list is the source <paramref name="sourceId"/>.</summary>
    public void Succeed(Guid sourceId, string reportJson, DateTimeOffset at)
    {
        Finish(ListImportState.Succeeded, at);
        SourceId = sourceId;
        ReportJson = reportJson;
    }

    /// <summary>Records failure with its problems (see <see cref="Problems"/>).</summary>
    public void Fail(string problems, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Finish(ListImportState.Failed, at);
        Problems = problems;
    }

    /// <summary>Records that <paramref name="actor"/> cancelled the import before it finished.</summary>
    /// <exception cref="DomainRuleException">It had already finished.</exception>
    public void Cancel(string actor, DateTimeOffset at)
    {
        Finish(ListImportState.Cancelled, at);
        DecidedBy = TextValue.OrNull(actor) ?? throw new DomainRuleException("list-import.actor", "A cancellation must say who made it.");
    }

    private void Finish(ListImportState state, DateTimeOffset at)
    {
        if (IsFinished)
        {
            throw new DomainRuleException("list-import.finished", $"The import is already over ({State}).");
        }

        State = state;
        FinishedAt = at.ToUniversalTime();
        Version++;
    }
}
