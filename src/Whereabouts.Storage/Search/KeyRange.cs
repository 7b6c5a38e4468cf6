namespace Whereabouts.Storage.Search;

/// <summary>
/// The name keys from <paramref name="From"/> (included) up to <paramref name="Before"/> (excluded),
/// compared byte by byte: every key that begins with a prefix.
/// </summary>
/// <param name="From">The first key of the range: the prefix itself.</param>
/// <param name="Before">The first key after the range.</param>
public readonly record struct KeyRange(string From, string Before);
