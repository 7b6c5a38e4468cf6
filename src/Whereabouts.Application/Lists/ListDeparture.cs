namespace Whereabouts.Application.Lists;

/// <summary>A person gone from a newer version of a list, waiting for a caseworker to acknowledge it.</summary>
/// <param name="List">The newer version, from which the person is gone.</param>
/// <param name="Earlier">The version that still had them.</param>
/// <param name="Row">Their row in the earlier version, with the person it is linked to.</param>
public sealed record ListDeparture(ListVersion List, ListVersion Earlier, ListChangeRow Row);
