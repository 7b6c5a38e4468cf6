using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The two parties of the conflict the demo data is about, named in the registry's four languages.
/// Their slugs are the ones the registry used before parties were data (docs/adr/0016), so that
/// URLs and API calls such as <c>side=armenian</c> keep working.
/// </summary>
internal static class DemoParties
{
    /// <summary>Armenia and the Armenians of Nagorno-Karabakh.</summary>
    public const string Armenian = "armenian";

    /// <summary>Azerbaijan.</summary>
    public const string Azerbaijani = "azerbaijani";

    public static IReadOnlyList<Party> Create() =>
    [
        new Party(Armenian, new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan")),
        new Party(Azerbaijani, new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan")),
    ];
}
