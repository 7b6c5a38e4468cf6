namespace Whereabouts.Application.Lists;

/// <summary>An imported list with matches waiting for a reviewer, to filter the queue by.</summary>
/// <param name="SourceId">The list, as a source.</param>
/// <param name="Title">The source's title.</param>
/// <param name="Open">How many of its matches are pending or unsure.</param>
public sealed record ReviewList(Guid SourceId, string Title, int Open);
