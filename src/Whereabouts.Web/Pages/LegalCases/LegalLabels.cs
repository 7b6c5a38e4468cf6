using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>The words the legal pages use for forums, kinds and statuses.</summary>
internal static class LegalLabels
{
    public static string Of(ForumKind forum) => forum switch
    {
        ForumKind.EuropeanCourtOfHumanRights => "European Court of Human Rights",
        ForumKind.NationalCourt => "National court",
        ForumKind.Other => "Other body",
        _ => forum.ToString(),
    };

    public static string Of(LegalCaseKind kind) => kind switch
    {
        LegalCaseKind.InterimMeasuresRequest => "Request for interim measures",
        LegalCaseKind.Application => "Application",
        LegalCaseKind.CriminalTrial => "Criminal trial",
        LegalCaseKind.Other => "Other proceedings",
        _ => kind.ToString(),
    };

    public static string Of(LegalCaseStatus status) => status switch
    {
        LegalCaseStatus.Pending => "Pending",
        LegalCaseStatus.Communicated => "Communicated to the government",
        LegalCaseStatus.Granted => "Granted",
        LegalCaseStatus.Rejected => "Rejected",
        LegalCaseStatus.Decided => "Decided",
        LegalCaseStatus.Sentenced => "Sentenced",
        LegalCaseStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Of(ProceedingKind kind) => kind switch
    {
        ProceedingKind.Filing => "Filing",
        ProceedingKind.Hearing => "Hearing",
        ProceedingKind.Decision => "Decision",
        ProceedingKind.Communication => "Communication",
        ProceedingKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static IEnumerable<SelectListItem> Forums(string? selected, bool withAny = false) =>
        Options(Enum.GetValues<ForumKind>().Select(v => (v.ToString(), Of(v))), selected, withAny ? "Any forum" : null);

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Options(Enum.GetValues<LegalCaseKind>().Select(v => (v.ToString(), Of(v))), selected, null);

    public static IEnumerable<SelectListItem> Statuses(string? selected, bool withAny = false) =>
        Options(Enum.GetValues<LegalCaseStatus>().Select(v => (v.ToString(), Of(v))), selected, withAny ? "Any status" : null);

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
