namespace Whereabouts.Web.Api.Parties;

/// <summary>
/// How the API writes a side: the party's slug, or <c>unknown</c> when none is recorded (the
/// member of the enum sides once were, which no party's slug may be; docs/adr/0016).
/// </summary>
internal static class SideField
{
    public const string NoParty = "unknown";

    public static string Of(string? side) => side ?? NoParty;
}
