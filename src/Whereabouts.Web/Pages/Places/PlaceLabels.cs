using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.Places;

/// <summary>The words the place pages use for kinds, scripts, languages and positions.</summary>
internal static class PlaceLabels
{
    public static string Of(PlaceKind kind) => kind switch
    {
        PlaceKind.Other => "Other",
        PlaceKind.Country => "Country",
        PlaceKind.Region => "Region",
        PlaceKind.Town => "Town or city",
        PlaceKind.Village => "Village",
        _ => kind.ToString(),
    };

    public static string Of(NameScript script) => script switch
    {
        NameScript.Latin => "Latin",
        NameScript.Cyrillic => "Cyrillic",
        NameScript.Armenian => "Armenian",
        _ => script.ToString(),
    };

    /// <summary>The language of a name in words; an unfamiliar code is shown as it is.</summary>
    public static string Language(string? code) => code switch
    {
        null => "not stated",
        "hy" => "Armenian (hy)",
        "az" => "Azerbaijani (az)",
        "ru" => "Russian (ru)",
        "en" => "English (en)",
        _ => code,
    };

    /// <summary>A position as "39.467° N, 46.950° E".</summary>
    public static string Of(Coordinates? point) => point is null
        ? "not recorded"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{Math.Abs(point.Latitude):0.###}° {(point.Latitude < 0 ? 'S' : 'N')}, {Math.Abs(point.Longitude):0.###}° {(point.Longitude < 0 ? 'W' : 'E')}");

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Enum.GetValues<PlaceKind>().Select(k => new SelectListItem(Of(k), k.ToString(), string.Equals(k.ToString(), selected, StringComparison.OrdinalIgnoreCase)));
}
