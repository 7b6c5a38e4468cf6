using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>The words the source pages use for kinds and grades.</summary>
internal static class SourceLabels
{
    public static string Of(SourceKind kind) => Labels.Of(kind);

    public static string Of(Reliability reliability) => Labels.Of(reliability);

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Enum.GetValues<SourceKind>().Select(k => new SelectListItem(Of(k), k.ToString(), string.Equals(k.ToString(), selected, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<SelectListItem> Grades(string? selected) =>
        Enum.GetValues<Reliability>().Select(r => new SelectListItem(Of(r), r.ToString(), string.Equals(r.ToString(), selected, StringComparison.OrdinalIgnoreCase)));
}
