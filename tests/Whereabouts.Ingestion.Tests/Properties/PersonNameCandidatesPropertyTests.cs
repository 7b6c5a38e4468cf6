using CsCheck;
using Whereabouts.Ingestion.Mentions;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>Person-name candidates in any text: a list, never an exception.</summary>
public sealed class PersonNameCandidatesPropertyTests
{
    [Fact]
    public void Find_HostileText_ReturnsCandidatesWithinTheTimeLimit()
    {
        HostileInput.Text.Sample(text => HostileInput.Returns(() => Assert.NotNull(PersonNameCandidates.Find(text))), iter: HostileInput.Iterations);
    }
}
