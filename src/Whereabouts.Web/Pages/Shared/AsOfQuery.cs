using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Common;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Shared;

/// <summary>
/// Reads a page's <c>?asOf=</c> by the rules of the still-held list (a calendar day, YYYY-MM-DD,
/// that has come), so that no page shows figures "as of" a day that has not happened; a wrong
/// value is named, in the reader's language, under the key <c>asOf</c> of the page's model state.
/// </summary>
internal static class AsOfQuery
{
    /// <summary>The query parameter's name, which the message names too.</summary>
    public const string Name = "asOf";

    /// <summary>The query parameter of the day the registry is read as recorded on (docs/adr/0031).</summary>
    public const string RecordedOnName = "recordedOn";

    /// <summary>The day asked about; null when none was asked about or the value is wrong (then the model state says why).</summary>
    public static DateOnly? Read(string? text, TimeProvider clock, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        try
        {
            return StillHeldRequest.ParseDay(text, clock);
        }
        catch (ValidationFailedException)
        {
            var given = text!.Trim();
            modelState.AddModelError(Name, IsDay(given)
                ? Labels.Format("asOf: {0} has not come yet; give a day up to today.", given)
                : Labels.Format("asOf: {0} is not a day; write it as YYYY-MM-DD.", given));
            return null;
        }
    }

    /// <summary>
    /// The day the registry is read as recorded on (<c>?recordedOn=</c>), by the same rules as
    /// <see cref="Read"/>; a wrong value is named under the key <c>recordedOn</c>, beside its field.
    /// </summary>
    public static DateOnly? ReadRecordedOn(string? text, TimeProvider clock, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        try
        {
            return StillHeldRequest.ParseDay(text, clock);
        }
        catch (ValidationFailedException)
        {
            var given = text!.Trim();
            modelState.AddModelError(RecordedOnName, IsDay(given)
                ? Labels.Format("recordedOn: {0} has not come yet; give a day up to today.", given)
                : Labels.Format("recordedOn: {0} is not a day; write it as YYYY-MM-DD.", given));
            return null;
        }
    }

    /// <summary>
    /// The <c>?recordedOn=</c> of the dossier a family notification rested on: the day the family was
    /// told (the last day of it when only a month or year is recorded), and never after the
    /// notification was recorded. What did the office know when it told the family?
    /// </summary>
    public static string NotificationDay(Application.Legal.NotificationView notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var recorded = DateOnly.FromDateTime(notification.RecordedAt.UtcDateTime);
        var told = notification.ToldOn.Latest;
        return (told < recorded ? told : recorded).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool IsDay(string given) =>
        DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
