using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>
/// For an incident or place and a category: every accepted claim by source and date, in a table and
/// a chart over time, beside the number of named registry people with that fate there.
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class ReconciliationModel(ReconciliationQuery query, IncidentReader incidents, PlaceReader places, IStringLocalizer<ReconciliationModel> localizer) : PageModel
{
    /// <summary>What the registry's number counts, in the reader's language (the same rules the query states in English).</summary>
    public string? RegistryRule => Result?.RegistryRule is null ? null : Result.Category switch
    {
        CountCategory.Missing => localizer["named people whose fate on the day was Missing"].Value,
        CountCategory.Captured => localizer["named people reported or confirmed captured by the day (including those released since)"].Value,
        CountCategory.Held => localizer["named people in captivity on the day (reported or confirmed captured, detained, on trial or sentenced)"].Value,
        CountCategory.Released => localizer["named people released or repatriated by the day"].Value,
        CountCategory.Killed => localizer["named people dead on the day (deceased, remains recovered or identified)"].Value,
        _ => Result.RegistryRule,
    };

    [BindProperty(SupportsGet = true)]
    public Guid? Incident { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Side { get; set; }

    public Reconciliation? Result { get; private set; }

    public ReconciliationChart? Chart { get; private set; }

    public IReadOnlyList<IncidentLink> IncidentChoices { get; private set; } = [];

    public IReadOnlyList<PlaceLink> PlaceChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        IncidentChoices = await incidents.ChoicesAsync(cancellationToken);
        PlaceChoices = await places.ChoicesAsync(cancellationToken);
        if (Incident is null && Place is null)
        {
            return Page();
        }

        var category = Enum.TryParse<CountCategory>(Category, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : CountCategory.Missing;
        Category = category.ToString();
        var side = string.IsNullOrWhiteSpace(Side) ? null : Side;
        try
        {
            Result = await query.RunAsync(new ReconciliationCriteria(Incident, Place, category, side), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            // The filters are a short row; their messages go above them, in the summary.
            FormErrors.Add(ModelState, e, _ => string.Empty);
            return Page();
        }

        if (Result is null)
        {
            return NotFound();
        }

        Chart = ReconciliationChart.For(Result);
        return Page();
    }
}
