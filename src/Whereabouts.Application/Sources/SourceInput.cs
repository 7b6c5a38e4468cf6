namespace Whereabouts.Application.Sources;

/// <summary>
/// A source as a form or a JSON body gives it: text, checked by <see cref="SourceEditor"/>, which
/// names each wrong field as this record names it (camelCase: "title", "publishedOn").
/// </summary>
/// <param name="Kind">A <see cref="Domain.SourceKind"/> name ("NewsArticle"); blank means Other.</param>
/// <param name="Title">Title, or a short description of untitled material; required.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Author">Who wrote or said it.</param>
/// <param name="Url">An absolute http or https address.</param>
/// <param name="PublishedOn">Publication date as a partial date ("2020", "2020-12", "~2020-12-14").</param>
/// <param name="RetrievedAt">When the registry took its copy.</param>
/// <param name="Reliability">A grade "A" to "F"; blank means F (cannot be judged).</param>
/// <param name="Notes">Remarks.</param>
public sealed record SourceInput(
    string? Kind,
    string? Title,
    string? Publisher = null,
    string? Author = null,
    string? Url = null,
    string? PublishedOn = null,
    DateTimeOffset? RetrievedAt = null,
    string? Reliability = null,
    string? Notes = null);
