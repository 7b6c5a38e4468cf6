using CsCheck;
using Whereabouts.Domain;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Application.Tests.Properties;

/// <summary>
/// Names and free text on any input (the domain's <see cref="PersonName"/>, <see cref="NameCharacters"/>
/// and <see cref="FreeText"/>): a name is kept or refused as a broken rule, never with another
/// exception, and what is kept holds nothing a terminal or a bidirectional display would obey.
/// </summary>
public sealed class NameTextPropertyTests
{
    private static readonly Gen<string> Hostile = Gen.Frequency(
        (3, HostileInput.Text),
        (1, Gen.Select(HostileInput.Word, Gen.OneOf("\u001b[2K", "\0", "\u202e", "\u2066", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0085", "\ud800", "\u0301"), HostileInput.Word, (a, b, c) => a + b + c)));

    [Fact]
    public void PersonName_AnyText_IsKeptWithoutRefusedCharactersOrRefusedAsARule()
    {
        Gen.Select(Hostile, Hostile).Sample(
            parts => HostileInput.ReturnsOrRefuses<DomainRuleException>(() =>
            {
                var name = new PersonName(parts.Item1, parts.Item2);
                Assert.Null(NameCharacters.FindRefused(name.GivenName));
                Assert.Null(NameCharacters.FindRefused(name.FamilyName));
            }),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void FreeTextClean_AnyText_LeavesNoControlCharacterButTabAndLineEnds()
    {
        Hostile.Sample(
            text => HostileInput.Returns(() =>
                Assert.DoesNotContain(FreeText.Clean(text)!, c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r')),
            iter: HostileInput.Iterations);
    }
}
