using Whereabouts.Interchange.Pfif;

namespace Whereabouts.Application.Pfif;

/// <summary>How a PFIF document is imported.</summary>
/// <param name="SourceTitle">The title of the source the document becomes; null to derive it from the file name.</param>
/// <param name="FileName">The file's name, for the derived title and the source's notes; null when there is none.</param>
/// <param name="Strict">True to import only a fully valid document: any problem, in the file or with the
/// registry's rules, imports nothing.</param>
/// <param name="OwnDomain">The domain this registry exports under, so that its own exports map back to its records.</param>
/// <param name="AllowDemoData">Whether real people may be imported into a registry that holds invented ones (docs/adr/0023); the demo administrator is then disabled.</param>
public sealed record PfifImportOptions(
    string? SourceTitle = null,
    string? FileName = null,
    bool Strict = false,
    string OwnDomain = PfifRecordIds.DefaultDomain,
    bool AllowDemoData = false)
{
    /// <summary>The largest document imported, in bytes (and in characters); 50 million unless set.</summary>
    public long MaxDocumentBytes { get; init; } = PfifReaderOptions.DefaultMaxCharactersInDocument;

    /// <summary>The longest text of one field; 100,000 characters unless set.</summary>
    public int MaxFieldLength { get; init; } = PfifReaderOptions.DefaultMaxFieldLength;
}
