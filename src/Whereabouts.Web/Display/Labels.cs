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

    public static string Of(Side side) => side switch
    {
        Side.Armenian => Text("Armenian side"),
        Side.Azerbaijani => Text("Azerbaijani side"),
        Side.Unknown => Text("Side not recorded"),
        _ => side.ToString(),
    };

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
