using Whereabouts.Application.Parties;

namespace Whereabouts.Web.Maps;

/// <summary>
/// The colours of holders on the map: a party's from a fixed palette by its place in the registry's
/// order of parties (so a party keeps its colour from day to day), any other holder (peacekeepers)
/// one colour apart. The colours are told apart by readers with the common colour-vision
/// deficiencies and none of them is a national colour.
/// </summary>
internal static class ControlPalette
{
    private static readonly string[] PartyColours = ["#e66101", "#5e3c99", "#1b9e77", "#b2182b", "#2166ac", "#8c510a"];

    /// <summary>The colour of a holder that is not a party to the conflict.</summary>
    public const string Holder = "#0571b0";

    /// <summary>The colour of a contested place's mark.</summary>
    public const string Contested = "#404040";

    /// <summary>The colour of <paramref name="party"/>, or <see cref="Holder"/> for none or a party no longer listed.</summary>
    public static string Of(string? party, PartyList parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        for (var i = 0; i < parties.Count; i++)
        {
            if (string.Equals(parties[i].Slug, party, StringComparison.Ordinal))
            {
                return PartyColours[i % PartyColours.Length];
            }
        }

        return Holder;
    }
}
