using CsCheck;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Application.Tests.Properties;

/// <summary>The obligations report's query string on any input: read, or refused field by field, in bounded time.</summary>
public sealed class ObligationsRequestPropertyTests
{
    private static readonly PartyList Parties = new([PartyView.From(new Party("azerbaijani", new PartyNames("Azerbaijan", null, null, null)))]);

    private static readonly string?[] Known = [null, "azerbaijani", "2020-12-01", "9999-99-99"];

    private static readonly Gen<string?> Value = Gen.Frequency(
        (4, HostileInput.Text.Select(t => (string?)t)),
        (1, Gen.Int[0, 3].Select(i => Known[i])));

    [Fact]
    public void Parse_AnyPartyAndDays_IsReadOrRefusedAsAFieldError()
    {
        Gen.Select(Value, Value, Value).Sample(
            input => HostileInput.ReturnsOrRefuses<ValidationFailedException>(() => ObligationsRequest.Parse(input.Item1, input.Item2, input.Item3, Parties)),
            iter: HostileInput.Iterations);
    }
}
