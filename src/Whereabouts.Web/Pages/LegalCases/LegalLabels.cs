using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>The words the legal pages use for forums, kinds and statuses.</summary>
internal static class LegalLabels
{
    public static string Of(ForumKind forum) => Labels.Of(forum);

    public static string Of(LegalCaseKind kind) => Labels.Of(kind);

    public static string Of(LegalCaseStatus status) => Labels.Of(status);

    public static string Of(ProceedingKind kind) => Labels.Of(kind);

    public static IEnumerable<SelectListItem> Forums(string? selected, bool withAny = false) =>
        Options(Enum.GetValues<ForumKind>().Select(v => (v.ToString(), Of(v))), selected, withAny ? Labels.Text("Any forum") : null);

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Options(Enum.GetValues<LegalCaseKind>().Select(v => (v.ToString(), Of(v))), selected, null);

    public static IEnumerable<SelectListItem> Statuses(string? selected, bool withAny = false) =>
        Options(Enum.GetValues<LegalCaseStatus>().Select(v => (v.ToString(), Of(v))), selected, withAny ? Labels.Text("Any status") : null);

    /// <summary>The registry's parties, by name in the reader's language, after "Not recorded".</summary>
    public static IEnumerable<SelectListItem> Parties() =>
        Labels.Parties().Select(p => new SelectListItem(p.Name, p.Slug)).Prepend(new SelectListItem(Labels.Text("Not recorded"), string.Empty));

    public static IEnumerable<SelectListItem> ProceedingKinds(string? selected) =>
        Options(Enum.GetValues<ProceedingKind>().Select(v => (v.ToString(), Of(v))), selected, null);

    private static List<SelectListItem> Options(IEnumerable<(string Value, string Text)> values, string? selected, string? any)
    {
        var items = new List<SelectListItem>();
        if (any is not null)
        {
            items.Add(new SelectListItem(any, string.Empty, string.IsNullOrEmpty(selected)));
        }

        items.AddRange(values.Select(v => new SelectListItem(v.Text, v.Value, string.Equals(v.Value, selected, StringComparison.OrdinalIgnoreCase))));
        return items;
    }
}
