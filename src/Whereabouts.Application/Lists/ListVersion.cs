using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>One version of a list, as a source.</summary>
/// <param name="SourceId">The list's source id.</param>
/// <param name="Title">The source's title.</param>
/// <param name="PublishedOn">When the list was published, if recorded.</param>
/// <param name="RetrievedAt">When the registry took it in.</param>
public sealed record ListVersion(Guid SourceId, string Title, PartialDate? PublishedOn, DateTimeOffset? RetrievedAt);
