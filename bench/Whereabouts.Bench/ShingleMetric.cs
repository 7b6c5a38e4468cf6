using System.Text;

namespace Whereabouts.Bench;

/// <summary>
/// The article-extraction benchmark's own metric (Zyte's <c>evaluate.py</c>): tokens are the
/// matches of Python's Unicode <c>\w+</c>, shingles are runs of four tokens (a text of fewer than
/// four is one shingle; an empty text has none), counted as a multiset; per page TP = Σ min(true,
/// predicted), FP the predicted surplus, FN the missing, each divided by their sum. Precision is the
/// mean of TP/(TP+FP) over the pages that predicted something, recall the mean of TP/(TP+FN) over the
/// pages whose truth has text, and F1 is computed from those two means, as the benchmark does.
/// </summary>
internal static class ShingleMetric
{
    private const int N = 4;

    /// <summary>The per-page TP, FP and FN, normalised so that they sum to one.</summary>
    public static (double Tp, double Fp, double Fn) Match(string truth, string predicted)
    {
        var trueShingles = Shingles(Tokens(truth));
        var predictedShingles = Shingles(Tokens(predicted));
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, trueCount) in trueShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - trueShingles.GetValueOrDefault(shingle));
        }

        double sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    /// <summary>
    /// Python's <c>re</c> <c>\w</c> on str: a letter or a number of any script (Unicode categories
    /// L* and N*) or the underscore. Not .NET's <c>\w</c>, which also takes combining marks and
    /// connector punctuation and leaves out other numbers (², ½), so the tokens would differ.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune) || rune.Value == '_')
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = tokens.Count == 0 ? 0 : Math.Max(1, tokens.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            // A separator no token can contain keeps ("ab", "c") apart from ("a", "bc").
            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Precision, recall and F1 over pages from their per-page (TP, FP, FN).</summary>
    public static (double Precision, double Recall, double F1) Score(List<(double Tp, double Fp, double Fn)> pages)
    {
        var precisions = pages.Where(p => p.Tp + p.Fp > 0).Select(p => p.Fp == 0 && p.Fn == 0 ? 1 : p.Tp / (p.Tp + p.Fp)).ToList();
        var recalls = pages.Where(p => p.Tp + p.Fn > 0).Select(p => p.Fp == 0 && p.Fn == 0 ? 1 : p.Tp / (p.Tp + p.Fn)).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Whether the two texts have the same token sequence (the benchmark's accuracy).</summary>
    public static bool SameTokens(string truth, string predicted) => Tokens(truth).SequenceEqual(Tokens(predicted), StringComparer.Ordinal);
}
