using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>The words the pages use for the domain's values.</summary>
internal static class Labels
{
    public static string Of(Side side) => side switch
    {
        Side.Armenian => "Armenian side",
        Side.Azerbaijani => "Azerbaijani side",
        Side.Unknown => "Side not recorded",
        _ => side.ToString(),
    };

    public static string Of(FateStatus status) => status switch
    {
        FateStatus.Missing => "Missing",
        FateStatus.ReportedCaptured => "Reported captured",
        FateStatus.CaptureConfirmed => "Capture confirmed",
        FateStatus.Detained => "Detained",
        FateStatus.OnTrial => "On trial",
        FateStatus.Sentenced => "Sentenced",
        FateStatus.Released => "Released",
        FateStatus.Repatriated => "Repatriated",
        FateStatus.FoundAlive => "Found alive",
        FateStatus.Deceased => "Deceased",
        FateStatus.RemainsRecovered => "Remains recovered",
        FateStatus.RemainsIdentified => "Remains identified",
        _ => status.ToString(),
    };

    public static string Of(FateStatus? status) => status is { } s ? Of(s) : "No fate recorded";
}
