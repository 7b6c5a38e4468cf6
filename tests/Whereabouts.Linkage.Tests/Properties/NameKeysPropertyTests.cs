using CsCheck;
using Whereabouts.Linkage.Names;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Linkage.Tests.Properties;

/// <summary>Name keys and transliteration on any text: a key, never an exception.</summary>
public sealed class NameKeysPropertyTests
{
    [Fact]
    public void Keys_AnyName_ReturnAKeyWithinTheTimeLimit()
    {
        HostileInput.Name.Sample(
            name => HostileInput.Returns(() =>
            {
                Assert.NotNull(NameKeys.Family(name));
                Assert.NotNull(NameKeys.Given(name));
                _ = NameKeys.Father(name);
            }),
            iter: HostileInput.Iterations * 5);
    }

    [Fact]
    public void ToLatin_AnyText_ReturnsText()
    {
        HostileInput.Text.Sample(text => HostileInput.Returns(() => Assert.NotNull(NameTransliterator.ToLatin(text))), iter: HostileInput.Iterations);
    }
}
