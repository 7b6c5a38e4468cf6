using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Maps;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>The registry's incidents and places on a map of the region, drawn on the server.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class MapModel(RegistryMapQuery query, BoundaryLayer boundaries) : PageModel
{
    public RegistryMap Map { get; private set; } = new([], [], 0);

    /// <summary>False when the boundary file is missing (the build could not run npm).</summary>
    public bool HasBoundaries { get; private set; }

    /// <summary>The map as SVG markup, built from escaped values only.</summary>
    public string Svg { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Map = await query.RunAsync(cancellationToken);
        var countries = boundaries.Countries;
        HasBoundaries = countries is not null;
        Svg = RegistryMapSvg.Render(Map, countries);
    }

    /// <summary>The same map as data, for the pan-and-zoom map the page's script draws.</summary>
    public async Task<JsonResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        var map = await query.RunAsync(cancellationToken);
        return new JsonResult(RegistryMapJson.Build(map, boundaries.Countries));
    }
}
