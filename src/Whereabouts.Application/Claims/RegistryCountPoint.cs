namespace Whereabouts.Application.Claims;

/// <summary>How many named people the registry had in a category on a day, by when things happened.</summary>
/// <param name="Day">The day.</param>
/// <param name="Count">The number of named people.</param>
public sealed record RegistryCountPoint(DateOnly Day, int Count);
