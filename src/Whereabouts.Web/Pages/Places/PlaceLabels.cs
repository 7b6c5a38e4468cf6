using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Places;

/// <summary>The words the place pages use for kinds, scripts, languages and positions.</summary>
internal static class PlaceLabels
{
    public static string Of(PlaceKind kind) => Labels.Of(kind);

    public static string Of(NameScript script) => Labels.Of(script);

    /// <summary>The language of a name in words; an unfamiliar code is shown as it is.</summary>
    public static string Language(string? code) => code switch
    {
        null => Labels.Text("not stated"),
        "hy" => Labels.Text("Armenian (hy)"),
        "az" => Labels.Text("Azerbaijani (az)"),
        "ru" => Labels.Text("Russian (ru)"),
        "en" => Labels.Text("English (en)"),
        _ => code,
    };

    /// <summary>A position as "39.467° N, 46.950° E", the compass letters and the decimal point as in maps and gazetteers in every language.</summary>
    public static string Of(Coordinates? point) => point is null
        ? Labels.Text("not recorded")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{Math.Abs(point.Latitude):0.###}° {(point.Latitude < 0 ? 'S' : 'N')}, {Math.Abs(point.Longitude):0.###}° {(point.Longitude < 0 ? 'W' : 'E')}");

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Enum.GetValues<PlaceKind>().Select(k => new SelectListItem(Of(k), k.ToString(), string.Equals(k.ToString(), selected, StringComparison.OrdinalIgnoreCase)));
}
