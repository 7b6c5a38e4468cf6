namespace Whereabouts.Application.Sources;

/// <summary>A person named on another record's page, enough for a link.</summary>
/// <param name="Id">The person.</param>
/// <param name="DisplayName">The primary name as written.</param>
/// <param name="IsInvented">Whether the person is invented demo data, which a page must say.</param>
public sealed record PersonLink(Guid Id, string DisplayName, bool IsInvented);
