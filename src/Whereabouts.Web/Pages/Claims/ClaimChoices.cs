using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Domain;
using Whereabouts.Web.Display;
using Whereabouts.Web.Pages.Sources;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>The choices the claim form and the reconciliation filters offer.</summary>
internal static class ClaimChoices
{
    /// <summary>Where the claim fields partial finds the incidents and places to offer.</summary>
    public const string FieldChoicesKey = "ClaimFieldChoices";

    /// <summary>The view data for the claim fields partial: the page's, with the incidents and places to offer.</summary>
    public static ViewDataDictionary FieldData(ViewDataDictionary page, ClaimFieldChoices choices) =>
        new(page) { [FieldChoicesKey] = choices };

    public static IEnumerable<SelectListItem> Qualifiers(string? selected) =>
        Enum.GetValues<CountQualifier>().Select(q => Item(Labels.Of(q), q.ToString(), selected));

    public static IEnumerable<SelectListItem> Categories(string? selected) =>
        Enum.GetValues<CountCategory>().Select(c => Item(ClaimLabels.Of(c), c.ToString(), selected));

    public static IEnumerable<SelectListItem> Statuses(string? selected) =>
        Enum.GetValues<ClaimStatus>().Select(s => Item(ClaimLabels.Of(s), s.ToString(), selected));

    public static IEnumerable<SelectListItem> Sides(string? selected, string blank) =>
        Labels.Parties().Select(p => Item(p.Name, p.Slug, selected)).Prepend(new SelectListItem(blank, string.Empty));

    public static IEnumerable<SelectListItem> Incidents(IEnumerable<IncidentLink> incidents, Guid? selected) =>
        incidents.Select(i => new SelectListItem($"{i.Name} ({i.StartedOn})", i.Id.ToString(), i.Id == selected)).Prepend(new SelectListItem(Labels.Text("none"), string.Empty));

    public static IEnumerable<SelectListItem> Places(IEnumerable<PlaceLink> places, Guid? selected) =>
        places.Select(p => new SelectListItem(p.Name, p.Id.ToString(), p.Id == selected)).Prepend(new SelectListItem(Labels.Text("none"), string.Empty));

    private static SelectListItem Item(string text, string value, string? selected) =>
        new(text, value, string.Equals(value, selected, StringComparison.OrdinalIgnoreCase));
}
