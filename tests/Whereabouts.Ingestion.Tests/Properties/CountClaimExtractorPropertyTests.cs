using CsCheck;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>The count-claim extractor on any paragraphs and any publication date: claims, never an exception.</summary>
public sealed class CountClaimExtractorPropertyTests
{
    private static readonly Gen<DateOnly?> Published = Gen.Frequency(
        (1, Gen.Const((DateOnly?)null)),
        (1, Gen.OneOf<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2020, 12, 14), new DateOnly(1, 1, 7), new DateOnly(9999, 12, 25))),
        (2, Gen.DateOnly.Select(d => (DateOnly?)d)));

    [Fact]
    public void Extract_HostileParagraphs_ReturnsClaimsWithinTheTimeLimit()
    {
        Gen.Select(HostileInput.Paragraphs, Published).Sample(
            (paragraphs, published) => HostileInput.Returns(() =>
            {
                var claims = CountClaimExtractor.Extract(paragraphs, published);
                Assert.All(claims, c =>
                {
                    Assert.True(c.Count >= 0, $"negative count {c.Count}");
                    Assert.True(c.CountMax is null || c.CountMax >= c.Count, $"range {c.Count}–{c.CountMax}");
                    Assert.NotNull(c.Quote);
                });
            }),
            iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void Extract_EveryParagraphEmptyOrWhiteSpace_ReturnsNoClaims()
    {
        Gen.OneOf(string.Empty, " ", "\n", "\t", "\u00a0", "\u2028").Array[0, 5].Sample(
            paragraphs => Assert.Empty(CountClaimExtractor.Extract(paragraphs, null)),
            iter: 50);
    }
}
