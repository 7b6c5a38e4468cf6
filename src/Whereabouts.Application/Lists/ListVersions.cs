namespace Whereabouts.Application.Lists;

/// <summary>A list's place among its versions.</summary>
/// <param name="Earlier">The version it replaces, or null for a first version.</param>
/// <param name="Later">The versions that replace it, oldest first (usually one).</param>
public sealed record ListVersions(ListVersion? Earlier, IReadOnlyList<ListVersion> Later);
