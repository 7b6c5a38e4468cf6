using CsCheck;
using Whereabouts.Ingestion.Mentions;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>Place mentions with a gazetteer of hostile spellings in hostile text: mentions, never an exception.</summary>
public sealed class PlaceMentionFinderPropertyTests
{
    private static readonly Gen<GazetteerEntry[]> Gazetteer = Gen.Select(Gen.Guid, HostileInput.Name, HostileInput.Name.Array[0, 4])
        .Select((id, name, spellings) => new GazetteerEntry(id, name, spellings))
        .Array[0, 6];

    [Fact]
    public void Find_HostileGazetteerAndText_ReturnsMentionsWithinTheTimeLimit()
    {
        Gen.Select(Gazetteer, HostileInput.Text).Sample(
            (gazetteer, text) => HostileInput.Returns(() =>
            {
                var mentions = new PlaceMentionFinder(gazetteer).Find(text);
                Assert.All(mentions, m => Assert.Contains(gazetteer, g => g.Id == m.Id));
            }),
            iter: HostileInput.Iterations);
    }
}
