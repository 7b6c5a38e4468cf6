using System.Globalization;
using Whereabouts.Application.Captivity;

namespace Whereabouts.Web.Api.Captivity;

/// <summary>One captive of the obligations report: dates as partial dates (2020-12, 2020-12-15), days as whole numbers.</summary>
internal sealed record ObligationsCaptiveResource(
    Guid PersonId,
    string Name,
    bool Invented,
    string PartyRule,
    string CapturedOn,
    string CaptureStatus,
    string? NotifiedOn,
    int? DaysToNotification,
    bool Late,
    int? DaysWithoutNotification,
    string? IcrcConfirmedOn,
    int Visits,
    string? LastVisitOn,
    int DaysSinceLastVisit,
    int CaptureCards,
    int Messages,
    string CountedUntil,
    bool Back)
{
    public static ObligationsCaptiveResource From(ObligationsCaptive captive)
    {
        ArgumentNullException.ThrowIfNull(captive);
        var s = captive.Summary;
        return new(
            captive.Person.Id, captive.Person.DisplayName, captive.Person.IsInvented, captive.Rule.ToString(), s.CapturedOn.ToString(), s.CaptureStatus.ToString(),
            s.NotifiedOn?.ToString(), s.DaysToNotification, captive.IsLate, s.DaysWithoutNotification, s.IcrcConfirmedOn?.ToString(), s.Visits,
            s.LastVisitOn?.ToString(), s.DaysSinceLastVisit, s.CaptureCards, s.Messages, s.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.IsBack);
    }
}
