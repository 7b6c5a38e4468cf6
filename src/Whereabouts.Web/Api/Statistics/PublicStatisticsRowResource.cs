namespace Whereabouts.Web.Api.Statistics;

/// <summary>One fate and its count for each side (keyed by side); null where fewer than the threshold or hidden to protect another cell.</summary>
internal sealed record PublicStatisticsRowResource(string Fate, IReadOnlyDictionary<string, int?> CountsBySide);
