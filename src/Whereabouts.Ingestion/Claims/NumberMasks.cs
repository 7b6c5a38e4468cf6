using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// The spans of a sentence whose numbers count nobody, in every language: dates, phone numbers,
/// percentages, times of day, years and sums of money. A number inside one is never a claim's count.
/// </summary>
internal static class NumberMasks
{
    /// <summary>The masked spans of <paramref name="sentence"/>: the dates found in it and every pattern's match.</summary>
    public static List<(int Start, int End)> Of(string sentence, List<DateMention> dates)
    {
        var masks = new List<(int, int)>();
        foreach (var d in dates)
        {
            masks.Add((d.Start, d.End));
        }

        foreach (var regex in new[] { Patterns.Phone(), Patterns.Money(), Patterns.Percent(), Patterns.Time(), Patterns.Year() })
        {
            foreach (Match m in regex.Matches(sentence))
            {
                masks.Add((m.Index, m.Index + m.Length));
            }
        }

        return masks;
    }

    /// <summary>Whether token <paramref name="t"/> overlaps a masked span.</summary>
    public static bool Cover(List<(int Start, int End)> masks, Token t)
    {
        foreach (var (start, end) in masks)
        {
            if (t.Start < end && t.End > start)
            {
                return true;
            }
        }

        return false;
    }
}
