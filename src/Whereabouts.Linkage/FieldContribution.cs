namespace Whereabouts.Linkage;

/// <summary>One field's part in a pair's match weight.</summary>
/// <param name="Field">The field.</param>
/// <param name="Level">The comparison level the pair reached ("exact", "same_name_key", "different"…).</param>
/// <param name="LeftValue">The left record's value as compared (transliterated for names), or null.</param>
/// <param name="RightValue">The right record's value as compared, or null.</param>
/// <param name="Weight">The weight this field adds (negative: evidence against a match).</param>
/// <param name="Share">This field's share of the total absolute weight of all fields, 0 to 1.</param>
/// <param name="AdjustedForFrequency">True when the weight was adjusted for how common the value is.</param>
/// <param name="Detail">What agreed, in words, when the level alone does not say ("family and given names swapped (…)"), or null.</param>
public sealed record FieldContribution(string Field, string Level, string? LeftValue, string? RightValue, double Weight, double Share, bool AdjustedForFrequency, string? Detail = null);
