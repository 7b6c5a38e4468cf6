using Whereabouts.Application.Sources;

namespace Whereabouts.Web.Api.Sources;

/// <summary>A source as the API shows it: kinds and grades by name, the publication date in its text form ("2020-12").</summary>
internal sealed record SourceResource(
    Guid Id,
    string Kind,
    string Title,
    string? Publisher,
    string? Author,
    string? Url,
    string? PublishedOn,
    DateTimeOffset? RetrievedAt,
    string Reliability,
    string? Notes,
    string? ContentSha256,
    int Version)
{
    public static SourceResource From(SourceView source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(
            source.Id,
            source.Kind.ToString(),
            source.Title,
            source.Publisher,
            source.Author,
            source.Url,
            source.PublishedOn?.ToString(),
            source.RetrievedAt,
            source.Reliability.ToString(),
            source.Notes,
            source.ContentSha256,
            source.Version);
    }
}
