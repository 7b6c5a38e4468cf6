using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>The words the source pages use for kinds and grades.</summary>
internal static class SourceLabels
{
    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.Other => "Other",
        SourceKind.NewsArticle => "News article",
        SourceKind.OfficialStatement => "Official statement",
        SourceKind.IcrcCommunication => "ICRC communication",
        SourceKind.List => "List of names",
        SourceKind.Video => "Video or photograph",
        SourceKind.FamilyReport => "Family's report",
        SourceKind.CourtDocument => "Court document",
        _ => kind.ToString(),
    };

    public static string Of(Reliability reliability) => reliability switch
    {
        Reliability.A => "A — completely reliable",
        Reliability.B => "B — usually reliable",
        Reliability.C => "C — fairly reliable",
        Reliability.D => "D — not usually reliable",
        Reliability.E => "E — unreliable",
        Reliability.F => "F — cannot be judged",
        _ => reliability.ToString(),
    };

    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Enum.GetValues<SourceKind>().Select(k => new SelectListItem(Of(k), k.ToString(), string.Equals(k.ToString(), selected, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<SelectListItem> Grades(string? selected) =>
        Enum.GetValues<Reliability>().Select(r => new SelectListItem(Of(r), r.ToString(), string.Equals(r.ToString(), selected, StringComparison.OrdinalIgnoreCase)));
}
