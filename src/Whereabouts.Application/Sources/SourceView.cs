using Whereabouts.Domain;

namespace Whereabouts.Application.Sources;

/// <summary>A source's recorded fields as read back after loading or saving.</summary>
/// <param name="Id">The source.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Title">Title or short description.</param>
/// <param name="Publisher">Publisher, or null.</param>
/// <param name="Author">Author, or null.</param>
/// <param name="Url">Absolute http(s) address, or null.</param>
/// <param name="PublishedOn">Publication date, or null.</param>
/// <param name="RetrievedAt">When the registry took its copy, or null.</param>
/// <param name="Reliability">Reliability A to F.</param>
/// <param name="Notes">Remarks, or null.</param>
/// <param name="ContentSha256">SHA-256 of the archived content, or null when nothing is archived.</param>
/// <param name="Version">The saved version; an edit must name it.</param>
public sealed record SourceView(
    Guid Id,
    SourceKind Kind,
    string Title,
    string? Publisher,
    string? Author,
    string? Url,
    PartialDate? PublishedOn,
    DateTimeOffset? RetrievedAt,
    Reliability Reliability,
    string? Notes,
    string? ContentSha256,
    int Version)
{
    /// <summary>The view of a loaded or saved source.</summary>
    public static SourceView From(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(
            source.Id, source.Kind, source.Title, source.Publisher, source.Author, source.Url, source.PublishedOn,
            source.RetrievedAt, source.Reliability, source.Notes, source.ContentSha256, source.Version);
    }
}
