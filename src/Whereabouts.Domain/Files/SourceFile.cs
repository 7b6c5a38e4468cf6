namespace Whereabouts.Domain;

/// <summary>
/// A file attached to a source: the video a source of kind "Video" is, the scan of a letter, the
/// photograph in a statement. The same file may be attached to several sources (a video reposted by
/// two channels); each attachment keeps the name it was uploaded under and who attached it when,
/// which with the audit log is the file's chain of custody.
/// </summary>
/// <remarks>
/// An attachment is never edited or removed. One made in error is detached: who, when and why is
/// recorded once on it, and it stays in the history. The file's bytes are kept either way.
/// </remarks>
public sealed class SourceFile
{
    /// <summary>The longest a file name may be.</summary>
    public const int FileNameLength = 260;

    /// <summary>The longest a description or a reason may be.</summary>
    public const int NoteLength = 4000;

    /// <summary>Attaches a file to a source.</summary>
    /// <param name="id">The identity, or <see cref="Guid.Empty"/> for a new one.</param>
    /// <param name="sourceId">The source.</param>
    /// <param name="sha256">The file's SHA-256.</param>
    /// <param name="fileName">The name it was uploaded under (for a download's name; never trusted for its type).</param>
    /// <param name="description">What it shows, or null.</param>
    /// <param name="attachedBy">The account that attached it.</param>
    /// <param name="attachedAt">When.</param>
    /// <exception cref="DomainRuleException">No source, a hash that is not a SHA-256, no name, or text that is too long.</exception>
    public SourceFile(Guid id, Guid sourceId, string sha256, string fileName, string? description, string attachedBy, DateTimeOffset attachedAt)
    {
        if (sourceId == Guid.Empty)
        {
            throw new DomainRuleException("file.source-required", "A file is attached to a registered source.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        SourceId = sourceId;
        Sha256 = EvidenceFile.Hash(sha256);
        FileName = CleanName(fileName);
        Description = Short(description, NoteLength);
        AttachedBy = TextValue.OrNull(attachedBy) ?? throw new DomainRuleException("file.recorder-required", "A file must say who added it.");
        AttachedAt = attachedAt.ToUniversalTime();
    }

    // For the storage layer.
    private SourceFile()
    {
        Sha256 = null!;
        FileName = null!;
        AttachedBy = null!;
    }

    /// <summary>The attachment's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The source.</summary>
    public Guid SourceId { get; private init; }

    /// <summary>The file's SHA-256 (see <see cref="EvidenceFile.Sha256"/>).</summary>
    public string Sha256 { get; private init; }

    /// <summary>The name the file was uploaded under: a bare name, no folders, no control characters.</summary>
    public string FileName { get; private init; }

    /// <summary>What it shows, or null.</summary>
    public string? Description { get; private init; }

    /// <summary>The account that attached it.</summary>
    public string AttachedBy { get; private init; }

    /// <summary>When it was attached, in UTC.</summary>
    public DateTimeOffset AttachedAt { get; private init; }

    /// <summary>When it was detached, in UTC, or null while it is attached.</summary>
    public DateTimeOffset? DetachedAt { get; private set; }

    /// <summary>Who detached it, or null.</summary>
    public string? DetachedBy { get; private set; }

    /// <summary>Why it was detached, or null.</summary>
    public string? DetachReason { get; private set; }

    /// <summary>Whether it is still attached.</summary>
    public bool IsAttached => DetachedAt is null;

    /// <summary>Detaches the file: it was attached to the wrong source, or in error.</summary>
    /// <exception cref="DomainRuleException">Already detached, or no actor or reason.</exception>
    public void Detach(string by, DateTimeOffset at, string reason)
    {
        if (!IsAttached)
        {
            throw new DomainRuleException("file.already-detached", "This file was already detached from the source.");
        }

        var actor = TextValue.OrNull(by) ?? throw new DomainRuleException("file.recorder-required", "Say who detached the file.");
        var why = Short(reason, NoteLength) ?? throw new DomainRuleException("file.reason-required", "Say why the file is detached.");
        DetachedAt = at.ToUniversalTime();
        DetachedBy = actor;
        DetachReason = why;
    }

    // The name is shown and offered as a download's name: only its last part, without characters
    // that could change how it displays or where it would be saved.
    private static string CleanName(string? fileName)
    {
        var name = TextValue.OrNull(fileName);
        if (name is not null)
        {
            var slash = name.LastIndexOfAny(['/', '\\']);
            name = TextValue.OrNull(new string([.. name[(slash + 1)..].Where(c => !char.IsControl(c) && !IsDirectionMark(c))]));
        }

        if (name is null || name is "." or "..")
        {
            throw new DomainRuleException("file.name-required", "A file needs a name.");
        }

        return name.Length > FileNameLength
            ? throw new DomainRuleException("file.name-length", $"A file name has at most {FileNameLength} characters.")
            : name;
    }

    private static bool IsDirectionMark(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static string? Short(string? value, int length)
    {
        var text = TextValue.OrNull(value);
        return text is not null && text.Length > length
            ? throw new DomainRuleException("file.text-length", $"At most {length} characters.")
            : text;
    }
}
