using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Whereabouts.Bench;

/// <summary>
/// Splits benchmark pages into five folds by a hash of the page id, so that a page stays in its fold
/// whatever pages are added, removed or reordered. The extractor's rules are code, not trained
/// weights: "held out" means a fold whose pages are never looked at while the rules are developed
/// (fold 5 by default), reported beside the folds that were.
/// </summary>
internal static class PageFolds
{
    /// <summary>How many folds the pages are split into.</summary>
    public const int Count = 5;

    /// <summary>The fold (1 to <see cref="Count"/>) of the page named <paramref name="id"/>: the first four bytes of its SHA-256, modulo five.</summary>
    public static int Of(string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash) % Count) + 1;
    }

    /// <summary>Reads a list such as <c>1,2,3,4</c>; folds outside 1–5 and words that are not numbers are ignored.</summary>
    public static SortedSet<int> Parse(string list)
    {
        var folds = new SortedSet<int>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var fold) && fold is >= 1 and <= Count)
            {
                folds.Add(fold);
            }
        }

        return folds;
    }
}
