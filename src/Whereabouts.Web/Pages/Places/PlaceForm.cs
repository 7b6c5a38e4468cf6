using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Places;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Places;

/// <summary>
/// The fields of the place form: names one per line as <c>text | language</c>, and an optional
/// position whose numbers are read the same way whatever the server's culture.
/// </summary>
internal sealed class PlaceForm
{
    [Display(Name = "Kind")]
    public string? Kind { get; set; } = nameof(Domain.PlaceKind.Village);

    [Display(Name = "Names, one per line as “name | language”")]
    public string? Names { get; set; }

    [Display(Name = "Latitude (degrees north)")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude (degrees east)")]
    public string? Longitude { get; set; }

    [Display(Name = "Lies in")]
    public Guid? ParentId { get; set; }

    /// <summary>
    /// The form filled in from a saved place: every name as a line (the editor refuses a list that
    /// drops one), and the position in invariant digits so that it reads back as the same number.
    /// </summary>
    public static PlaceForm From(PlaceView saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new PlaceForm
        {
            Kind = saved.Kind.ToString(),
            Names = PlaceNameLines.Format(saved.Names.Select(n => new PlaceNameInput(n.Text, n.Language))),
            Latitude = saved.Coordinates?.Latitude.ToString(CultureInfo.InvariantCulture),
            Longitude = saved.Coordinates?.Longitude.ToString(CultureInfo.InvariantCulture),
            ParentId = saved.Parent?.Id,
        };
    }

    /// <summary>The use case's input; a coordinate that is not a number is reported under <paramref name="prefix"/>.</summary>
    public PlaceInput ToInput(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return new PlaceInput(
            Kind,
            PlaceNameLines.Parse(Names),
            Degrees(Latitude, modelState, prefix + "." + nameof(Latitude)),
            Degrees(Longitude, modelState, prefix + "." + nameof(Longitude)),
            ParentId);
    }

    private static double? Degrees(string? text, ModelStateDictionary modelState, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A decimal comma is what half of Europe types; there are no thousands in degrees.
        var normalised = text.Trim().Replace(',', '.');
        if (double.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        modelState.AddModelError(key, Labels.Text("Enter decimal degrees, such as 39.467 (negative for south or west)."));
        return null;
    }
}
