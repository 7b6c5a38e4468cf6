using CsCheck;
using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Properties;

/// <summary>
/// The comparisons that decide most pairs from hashes and letter sets held by value give the level
/// they give when they read the strings, for values in four scripts, with typos and initials.
/// </summary>
public sealed class CodedComparisonPropertyTests
{
    // Invented fathers' names and places; no real person is described.
    private static readonly Gen<string> Patronymic = Gen.OneOf(
        "Garikovich", "Гарикович", "Գարիկի", "Gariki", "Garikovic", "Ruben", "Рубенович", "R.", "Р.", "Əli oğlu", "Алиевич",
        "Vaqif oğlu", "Вагифович", "Noschemwuiowitsch", "Ношемвуович", "Levoni", "Левонович", "Levonivich");

    private static readonly Gen<string> Place = Gen.OneOf(
        "Yerevan", "Ереван", "Երևան", "Yerevab", "Erevan", "Gyumri", "Гюмри", "Goris", "Qoris", "Gorris", "Baku", "Bakı",
        "Баку", "Ganja", "Gəncə", "Гянджа", "Kapan", "Kapna", "Stepanakert", "Xankəndi");

    [Fact]
    public void PatronymicCompare_AnyTwoValues_GivesTheLevelOfTheObjects()
    {
        Patronymic.Null().Array[1, 10].Select(Patronymic.Null().Array[1, 10]).Sample((lefts, rights) =>
        {
            var comparison = new PatronymicComparison();
            var left = new PreparedField(lefts.Length);
            var right = new PreparedField(rights.Length);
            comparison.Prepare(lefts, left);
            comparison.Prepare(rights, right);
            return AllAgree(lefts.Length, rights.Length, (i, j) => comparison.Compare(left, i, right, j) == PatronymicComparison.CompareObjects(left, i, right, j));
        }, iter: 2_000);
    }

    [Fact]
    public void NameCompare_AnyTwoValues_GivesTheLevelOfTheStrings()
    {
        Place.Null().Array[1, 10].Select(Place.Null().Array[1, 10], Gen.Bool).Sample((lefts, rights, isFamily) =>
        {
            var comparison = new NameComparison(isFamily);
            var left = new PreparedField(lefts.Length);
            var right = new PreparedField(rights.Length);
            comparison.Prepare(lefts, left);
            comparison.Prepare(rights, right);
            return AllAgree(lefts.Length, rights.Length, (i, j) => comparison.Compare(left, i, right, j) == comparison.CompareStrings(left, i, right, j));
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("arman", "armen", 0.88)]
    [InlineData("harutyunyan", "harutiunian", 0.88)]
    [InlineData("goris", "gorris", 0.92)]
    [InlineData("yerevan", "yerevab", 0.80)]
    public void MayReach_PairsThatReachTheThreshold_AreNeverRuledOut(string a, string b, double threshold)
    {
        Assert.True(Similarity.JaroWinkler(a, b) >= threshold);
        Assert.True(SimilarityBound.MayReach(SimilarityBound.Letters(a), a.Length, SimilarityBound.Letters(b), b.Length, threshold));
    }

    [Fact]
    public void MayReach_AnyTwoStrings_NeverRulesOutAPairThatReachesTheThreshold()
    {
        var word = Gen.Char['a', 'h'].Array[1, 9].Select(c => new string(c));
        Gen.Select(word, word, Gen.OneOf(0.8, 0.88, 0.92)).Sample((a, b, threshold) =>
            Similarity.JaroWinkler(a, b) < threshold
            || SimilarityBound.MayReach(SimilarityBound.Letters(a), a.Length, SimilarityBound.Letters(b), b.Length, threshold),
            iter: 20_000);
    }

    private static bool AllAgree(int rows, int columns, Func<int, int, bool> agree)
    {
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (!agree(i, j))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
