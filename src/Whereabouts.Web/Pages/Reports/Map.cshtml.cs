using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;
using Whereabouts.Web.Maps;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>
/// The registry's incidents and places on a map of the region, drawn on the server; with a day
/// (<c>?day=2020-12-13</c>), who held each place that day, by every source that says.
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class MapModel(RegistryMapQuery query, BoundaryLayer boundaries, IStringLocalizer<MapModel> localizer) : PageModel
{
    public RegistryMap Map { get; private set; } = new([], [], 0);

    /// <summary>False when the boundary file is missing (the build could not run npm).</summary>
    public bool HasBoundaries { get; private set; }

    /// <summary>The map as SVG markup, built from escaped values only.</summary>
    public string Svg { get; private set; } = string.Empty;

    /// <summary>The day asked for, as typed (yyyy-MM-dd), or null for the map without control.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Day { get; set; }

    /// <summary>Why the day could not be read, or null.</summary>
    public string? DayError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(Day))
        {
            if (DateOnly.TryParseExact(Day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                day = parsed;
            }
            else
            {
                DayError = localizer["Enter the day as year, month and day, such as 2020-12-13."].Value;
            }
        }

        Map = await query.RunAsync(day, cancellationToken);
        var countries = boundaries.Countries;
        HasBoundaries = countries is not null;
        Svg = RegistryMapSvg.Render(Map, countries, day is { } shown ? Text(shown) : null);
    }

    /// <summary>The same map as data, for the pan-and-zoom map the page's script draws.</summary>
    public async Task<JsonResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        var map = await query.RunAsync(cancellationToken);
        return new JsonResult(RegistryMapJson.Build(map, boundaries.Countries));
    }

    private ControlMapText Text(DateOnly day) => new(
        localizer["Who held the places on {0}", Labels.Date(day)].Value,
        localizer["Controlled by {0}"].Value,
        localizer["Patrolled by {0}"].Value,
        localizer["Contested"].Value,
        localizer["Sources disagree"].Value,
        CultureInfo.CurrentUICulture);
}
