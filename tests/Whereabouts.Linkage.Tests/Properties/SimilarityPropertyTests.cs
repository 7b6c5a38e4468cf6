using CsCheck;
using Whereabouts.Linkage.Comparisons;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Linkage.Tests.Properties;

/// <summary>String similarity on any two names: a value in range, symmetric, never an exception.</summary>
public sealed class SimilarityPropertyTests
{
    [Fact]
    public void JaroWinkler_AnyTwoNames_IsBetweenZeroAndOneAndOneForEqualNames()
    {
        Gen.Select(HostileInput.Name, HostileInput.Name).Sample(
            (a, b) => HostileInput.Returns(() =>
            {
                Assert.InRange(Similarity.JaroWinkler(a, b), 0.0, 1.0);
                Assert.Equal(Similarity.JaroWinkler(a, b), Similarity.JaroWinkler(b, a), 9);
                if (a.Length > 0)
                {
                    Assert.Equal(1.0, Similarity.JaroWinkler(a, a), 9);
                }
            }),
            iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void EditDistanceAtMost_AnyTwoNames_IsSymmetricAndCappedAtMaxPlusOne()
    {
        Gen.Select(HostileInput.Name, HostileInput.Name, Gen.Int[0, 5]).Sample(
            (a, b, max) => HostileInput.Returns(() =>
            {
                var distance = Similarity.EditDistanceAtMost(a, b, max);
                Assert.InRange(distance, 0, max + 1);
                Assert.Equal(distance, Similarity.EditDistanceAtMost(b, a, max));
                Assert.Equal(0, Similarity.EditDistanceAtMost(a, a, max));
            }),
            iter: HostileInput.Iterations * 2);
    }
}
