using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Pages.Review;

/// <summary>What the explanation table shows: the engine's fields for two records, and the headings of their two columns.</summary>
/// <param name="Fields">The engine's explanation, field by field.</param>
/// <param name="Weight">The total match weight.</param>
/// <param name="Probability">The match probability.</param>
/// <param name="LeftHeading">The heading of the left record's values.</param>
/// <param name="RightHeading">The heading of the right record's values.</param>
internal sealed record ExplanationView(IReadOnlyList<ReviewField> Fields, double Weight, double Probability, string LeftHeading, string RightHeading);
