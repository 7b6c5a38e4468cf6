namespace Whereabouts.Application.Places;

/// <summary>A place named on another record's page, enough for a link.</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">Its shown (first) name.</param>
public sealed record PlaceLink(Guid Id, string Name);
