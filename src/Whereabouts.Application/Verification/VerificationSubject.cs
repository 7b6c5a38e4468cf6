using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>What a verification history is about: one source, or one file named by its SHA-256.</summary>
public sealed record VerificationSubject
{
    private VerificationSubject(Guid? sourceId, string? fileSha256)
    {
        SourceId = sourceId;
        FileSha256 = fileSha256;
    }

    /// <summary>The source checked, or null when a file is.</summary>
    public Guid? SourceId { get; }

    /// <summary>The SHA-256 of the file checked (64 lowercase hex digits), or null when a source is.</summary>
    public string? FileSha256 { get; }

    /// <summary>True when the subject is a file.</summary>
    public bool IsFile => FileSha256 is not null;

    /// <summary>A source.</summary>
    public static VerificationSubject OfSource(Guid sourceId) => new(sourceId, null);

    /// <summary>A file by its SHA-256, in either case.</summary>
    /// <exception cref="DomainRuleException">The text is not a SHA-256.</exception>
    public static VerificationSubject OfFile(string sha256) => new(null, EvidenceFile.Hash(sha256));

    /// <summary>The source's id or the file's hash, as the API and the pages write it in addresses.</summary>
    public override string ToString() => FileSha256 ?? SourceId!.Value.ToString();
}
