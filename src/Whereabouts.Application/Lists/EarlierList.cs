namespace Whereabouts.Application.Lists;

/// <summary>A list already imported, which a new upload may say it is a new version of.</summary>
/// <param name="SourceId">The list as a source.</param>
/// <param name="Title">Its title.</param>
public sealed record EarlierList(Guid SourceId, string Title);
