using Whereabouts.Domain;

namespace Whereabouts.Application.Sources;

/// <summary>A source as lists show it.</summary>
/// <param name="Id">The source.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Title">Title or short description.</param>
/// <param name="Publisher">Publisher, or null.</param>
/// <param name="PublishedOn">Publication date, or null.</param>
/// <param name="Reliability">Reliability A to F.</param>
public sealed record SourceListItem(Guid Id, SourceKind Kind, string Title, string? Publisher, PartialDate? PublishedOn, Reliability Reliability);
