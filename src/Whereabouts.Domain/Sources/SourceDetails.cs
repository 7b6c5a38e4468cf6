namespace Whereabouts.Domain;

/// <summary>The editable description of a <see cref="Source"/>.</summary>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Title">The title, or a short description for untitled material; required.</param>
/// <param name="Publisher">Who published it (a newspaper, a ministry, the ICRC).</param>
/// <param name="Author">Who wrote or said it.</param>
/// <param name="Url">Where it was found; an absolute http or https address.</param>
/// <param name="PublishedOn">When it was published, as precisely as known.</param>
/// <param name="RetrievedAt">When the registry took its copy.</param>
/// <param name="Reliability">How reliable the source is, A to F.</param>
/// <param name="Notes">A caseworker's or analyst's remarks.</param>
public sealed record SourceDetails(
    SourceKind Kind,
    string Title,
    string? Publisher = null,
    string? Author = null,
    string? Url = null,
    PartialDate? PublishedOn = null,
    DateTimeOffset? RetrievedAt = null,
    Reliability Reliability = Reliability.F,
    string? Notes = null);
