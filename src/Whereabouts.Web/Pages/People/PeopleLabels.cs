using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>The words and select lists of the people pages, beyond the shared <see cref="Labels"/>.</summary>
internal static class PeopleLabels
{
    public static string Time(DateTimeOffset time) => Labels.Time(time);

    public static IEnumerable<SelectListItem> Statuses() =>
        Enum.GetValues<FateStatus>().Select(s => new SelectListItem(Labels.Of(s), s.ToString()));

    public static IEnumerable<SelectListItem> Credibilities() =>
        Enum.GetValues<Credibility>().Select(c => new SelectListItem(Labels.Of(c), ((int)c).ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<SelectListItem> Sides() =>
        Labels.Parties().Select(p => new SelectListItem(p.Name, p.Slug)).Prepend(new SelectListItem(Labels.Of((string?)null), string.Empty));

    public static IEnumerable<SelectListItem> Sexes() =>
        Enum.GetValues<Sex>().Select(s => new SelectListItem(Labels.Of(s), s.ToString()));

    public static IEnumerable<SelectListItem> Roles() =>
        Enum.GetValues<ServiceRole>().Select(r => new SelectListItem(Labels.Of(r), r.ToString()));

    public static IEnumerable<SelectListItem> Sources(PersonFormChoices? choices) =>
        (choices?.Sources ?? []).Select(s => new SelectListItem(Labels.Format("{0} (reliability {1})", s.Title, s.Reliability), s.Id.ToString()));

    public static IEnumerable<SelectListItem> Incidents(IEnumerable<NamedChoice>? incidents) =>
        (incidents ?? []).Select(i => new SelectListItem(i.Name, i.Id.ToString()));

    public static IEnumerable<SelectListItem> Places(PersonFormChoices? choices) =>
        (choices?.Places ?? []).Select(p => new SelectListItem(p.Name, p.Id.ToString()));
}
