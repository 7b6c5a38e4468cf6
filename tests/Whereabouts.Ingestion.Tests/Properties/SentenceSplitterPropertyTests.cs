using CsCheck;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>The sentence splitter on any paragraph: sentences that keep every word, never an exception.</summary>
public sealed class SentenceSplitterPropertyTests
{
    [Fact]
    public void Split_HostileParagraph_ReturnsNonEmptySentencesWithinTheTimeLimit()
    {
        HostileInput.Text.Sample(
            paragraph => HostileInput.Returns(() =>
            {
                var sentences = SentenceSplitter.Split(paragraph);
                Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            }),
            iter: HostileInput.Iterations * 2);
    }
}
