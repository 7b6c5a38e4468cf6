using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Application.Captivity;
using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>The words the pages use for events of captivity, the rules that find a detaining party, and notification outcomes.</summary>
internal static class CaptivityLabels
{
    public static string Of(CaptivityEventKind kind) => kind switch
    {
        CaptivityEventKind.CaptureNotified => Labels.Text("Capture notified by the detaining side"),
        CaptivityEventKind.CaptureConfirmedByIcrc => Labels.Text("Capture confirmed by the ICRC"),
        CaptivityEventKind.Visit => Labels.Text("Visit"),
        CaptivityEventKind.CaptureCard => Labels.Text("Capture card"),
        CaptivityEventKind.Message => Labels.Text("Message"),
        _ => kind.ToString(),
    };

    public static string Of(DetainingPartyRule rule) => rule switch
    {
        DetainingPartyRule.CaptivityEvent => Labels.Text("named on an event of captivity"),
        DetainingPartyRule.LegalCase => Labels.Text("named on a legal case"),
        DetainingPartyRule.OtherParty => Labels.Text("the other party to the conflict"),
        DetainingPartyRule.Unknown => Labels.Text("unknown"),
        _ => rule.ToString(),
    };

    public static string Of(NotificationOutcome outcome) => outcome switch
    {
        NotificationOutcome.OnTime => Labels.Text("Notified in time"),
        NotificationOutcome.Late => Labels.Text("Notified late"),
        NotificationOutcome.Never => Labels.Text("Never notified"),
        _ => outcome.ToString(),
    };

    /// <summary>The kinds of event, for a form's select.</summary>
    public static IEnumerable<SelectListItem> Kinds(string? selected) =>
        Enum.GetValues<CaptivityEventKind>().Select(k => new SelectListItem(Of(k), k.ToString(), string.Equals(k.ToString(), selected, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A number of days in the reader's culture ("1 day", "12 days").</summary>
    public static string Days(int days) => days == 1 ? Labels.Text("1 day") : Labels.Format("{0} days", Labels.Number(days));

    /// <summary>A median of days, which may be a half.</summary>
    public static string Days(double days) => days % 1 == 0 ? Days((int)days) : Labels.Format("{0} days", days.ToString("N1", System.Globalization.CultureInfo.CurrentCulture));
}
