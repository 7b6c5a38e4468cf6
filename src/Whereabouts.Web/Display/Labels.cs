using System.Globalization;
using System.Resources;
using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>
/// The words the pages use for the domain's values, in the reader's language. A new enum member
/// gets its English label here and its translations in <c>Resources/SharedResource.*.resx</c>;
/// the localization tests fail until every language has it.
/// </summary>
/// <remarks>Static, like a generated resource class, because the labels are needed in every view
/// and helper; the language is the request's UI culture, which request localization sets.</remarks>
internal static class Labels
{
    private static readonly ResourceManager Resources = new(
        "Whereabouts.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The shared resource <paramref name="english"/> in the current UI culture; the English text itself when no translation exists.</summary>
    public static string Text(string english) =>
        Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>
    /// The party <paramref name="side"/> (a slug) by its name in the reader's language, English where
    /// it has none; "side not recorded" for null (see <see cref="PartyNames"/>).
    /// </summary>
    public static string Of(string? side) =>
        side is null ? Text("Side not recorded") : PartyNames.List.NameOf(side, CultureInfo.CurrentUICulture)!;

    /// <summary>The parties as the choices of a select list, named in the reader's language, by slug.</summary>
    public static IEnumerable<(string Slug, string Name)> Parties() =>
        PartyNames.List.Select(p => (p.Slug, p.NameIn(CultureInfo.CurrentUICulture)));

    public static string Of(FateStatus status) => status switch
    {
        FateStatus.Missing => Text("Missing"),
        FateStatus.ReportedCaptured => Text("Reported captured"),
        FateStatus.CaptureConfirmed => Text("Capture confirmed"),
        FateStatus.Detained => Text("Detained"),
        FateStatus.OnTrial => Text("On trial"),
        FateStatus.Sentenced => Text("Sentenced"),
        FateStatus.Released => Text("Released"),
        FateStatus.Repatriated => Text("Repatriated"),
        FateStatus.FoundAlive => Text("Found alive"),
        FateStatus.Deceased => Text("Deceased"),
        FateStatus.RemainsRecovered => Text("Remains recovered"),
        FateStatus.RemainsIdentified => Text("Remains identified"),
        _ => status.ToString(),
    };

    public static string Of(FateStatus? status) => status is { } s ? Of(s) : Text("No fate recorded");
}
