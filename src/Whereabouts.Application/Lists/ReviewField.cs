namespace Whereabouts.Application.Lists;

/// <summary>
/// One field of the engine's explanation: how the list's value compared with the registry's
/// (the comparison level) and what that added to or took from the match weight; and, when the
/// level alone does not say, what agreed ("family and given names swapped (…)").
/// </summary>
public sealed record ReviewField(string Field, string Level, string? ListValue, string? RegistryValue, double Weight, double Share, bool AdjustedForFrequency, string? Detail = null);
