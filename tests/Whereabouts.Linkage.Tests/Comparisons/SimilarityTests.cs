using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("grigoryan", "grigoryan", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_KnownPairs_GiveTheTextbookValues(string a, string b, double expected)
    {
        Assert.Equal(expected, Similarity.JaroWinkler(a, b), 3);
        Assert.Equal(Similarity.JaroWinkler(a, b), Similarity.JaroWinkler(b, a), 10);
    }

    [Theory]
    [InlineData("9564208", "9564208", 0)]
    [InlineData("9564208", "9564028", 1)]
    [InlineData("7250", "7205", 1)]
    [InlineData("4122", "412", 1)]
    [InlineData("3116798", "3116789", 1)]
    [InlineData("3007951", "3631759", 3)]
    [InlineData("abc", "abcde", 2)]
    [InlineData("a", "abcd", 3)]
    public void EditDistanceAtMost_Typos_CountsEditsUpToTheLimit(string a, string b, int expected)
    {
        Assert.Equal(expected, Similarity.EditDistanceAtMost(a, b, 2));
    }
}
