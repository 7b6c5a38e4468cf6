using Whereabouts.Domain;

namespace Whereabouts.Application.Exchanges;

/// <summary>A number of people by side.</summary>
/// <param name="Side">The side.</param>
/// <param name="Count">How many.</param>
public sealed record SideCount(Side Side, int Count);
