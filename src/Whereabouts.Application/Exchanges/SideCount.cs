namespace Whereabouts.Application.Exchanges;

/// <summary>A number of people by side.</summary>
/// <param name="Side">The party's slug.</param>
/// <param name="Count">How many.</param>
public sealed record SideCount(string Side, int Count);
