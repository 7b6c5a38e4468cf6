using System.Text.Json;
using System.Text.Json.Serialization;
using Whereabouts.Application.Lists;
using Whereabouts.Linkage;

namespace Whereabouts.Application.Linkage;

/// <summary>
/// The engine's per-field explanation of a pair as it is stored beside a match or a pair (JSON),
/// and read back as the fields a reviewer sees.
/// </summary>
internal static class ExplanationJson
{
    private static readonly JsonSerializerOptions Writing = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly JsonSerializerOptions Reading = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The explanation as stored.</summary>
    public static string Serialize(PairExplanation explanation) => JsonSerializer.Serialize(explanation, Writing);

    /// <summary>The stored explanation's fields; none when nothing was stored.</summary>
    public static List<ReviewField> Fields(string? explanation)
    {
        if (string.IsNullOrEmpty(explanation))
        {
            return [];
        }

        var parsed = JsonSerializer.Deserialize<StoredExplanation>(explanation, Reading);
        return parsed?.Fields?.Select(f => new ReviewField(f.Field, f.Level, f.LeftValue, f.RightValue, f.Weight, f.Share, f.AdjustedForFrequency, f.Detail)).ToList() ?? [];
    }

    /// <summary>What the list row contradicts on the person, as the import stored it beside the fields; none when nothing was.</summary>
    public static List<LinkCaution> Cautions(string? explanation) =>
        string.IsNullOrEmpty(explanation) ? [] : JsonSerializer.Deserialize<StoredExplanation>(explanation, Reading)?.Cautions ?? [];

    /// <summary>An explanation's fields as a reviewer sees them, without storing it.</summary>
    public static List<ReviewField> Fields(PairExplanation explanation) =>
        [.. explanation.Fields.Select(f => new ReviewField(f.Field, f.Level, f.LeftValue, f.RightValue, f.Weight, f.Share, f.AdjustedForFrequency, f.Detail))];

    private sealed record StoredExplanation(List<StoredField>? Fields, List<LinkCaution>? Cautions = null);

    private sealed record StoredField(string Field, string Level, string? LeftValue, string? RightValue, double Weight, double Share, bool AdjustedForFrequency, string? Detail = null);
}
