using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Parties;

/// <summary>A party as lists, forms and the API show it.</summary>
/// <param name="Slug">The short stable name used in URLs, the API and references.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="NameHy">The name in Armenian, or null.</param>
/// <param name="NameRu">The name in Russian, or null.</param>
/// <param name="NameAz">The name in Azerbaijani, or null.</param>
/// <param name="Version">The version to send back with an edit.</param>
public sealed record PartyView(string Slug, string NameEn, string? NameHy, string? NameRu, string? NameAz, int Version)
{
    /// <summary>The name in the language of <paramref name="culture"/>, or the English name when none is recorded in it.</summary>
    public string NameIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            "hy" => NameHy ?? NameEn,
            "ru" => NameRu ?? NameEn,
            "az" => NameAz ?? NameEn,
            _ => NameEn,
        };
    }

    internal static PartyView From(Party party) =>
        new(party.Slug, party.NameEn, party.NameHy, party.NameRu, party.NameAz, party.Version);
}
