using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>The words and select lists of the people pages, beyond the shared <see cref="Labels"/>.</summary>
internal static class PeopleLabels
{
    public static string Of(Credibility credibility) => credibility switch
    {
        Credibility.Confirmed => "1 — confirmed by other independent sources",
        Credibility.ProbablyTrue => "2 — probably true",
        Credibility.PossiblyTrue => "3 — possibly true",
        Credibility.DoubtfullyTrue => "4 — doubtful",
        Credibility.Improbable => "5 — improbable",
        Credibility.CannotBeJudged => "6 — cannot be judged",
        _ => ((int)credibility).ToString(CultureInfo.InvariantCulture),
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

    public static string Of(Sex sex) => sex switch
    {
        Sex.Male => "Male",
        Sex.Female => "Female",
        Sex.Unknown => "Not recorded",
        _ => sex.ToString(),
    };

    public static string Of(ServiceRole role) => role switch
    {
        ServiceRole.Soldier => "Soldier",
        ServiceRole.Civilian => "Civilian",
        ServiceRole.Unknown => "Not recorded",
        _ => role.ToString(),
    };

    public static string Of(NameScript script) => script switch
    {
        NameScript.Latin => "Latin",
        NameScript.Cyrillic => "Cyrillic",
        NameScript.Armenian => "Armenian",
        _ => script.ToString(),
    };

    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static IEnumerable<SelectListItem> Statuses() =>
        Enum.GetValues<FateStatus>().Select(s => new SelectListItem(Labels.Of(s), s.ToString()));

    public static IEnumerable<SelectListItem> Credibilities() =>
        Enum.GetValues<Credibility>().Select(c => new SelectListItem(Of(c), ((int)c).ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<SelectListItem> Sides() =>
        Labels.Parties().Select(p => new SelectListItem(p.Name, p.Slug)).Prepend(new SelectListItem(Labels.Of((string?)null), string.Empty));

    public static IEnumerable<SelectListItem> Sexes() =>
        Enum.GetValues<Sex>().Select(s => new SelectListItem(Of(s), s.ToString()));

    public static IEnumerable<SelectListItem> Roles() =>
        Enum.GetValues<ServiceRole>().Select(r => new SelectListItem(Of(r), r.ToString()));

    public static IEnumerable<SelectListItem> Sources(PersonFormChoices? choices) =>
        (choices?.Sources ?? []).Select(s => new SelectListItem($"{s.Title} (reliability {s.Reliability})", s.Id.ToString()));

    public static IEnumerable<SelectListItem> Incidents(IEnumerable<NamedChoice>? incidents) =>
        (incidents ?? []).Select(i => new SelectListItem(i.Name, i.Id.ToString()));

    public static IEnumerable<SelectListItem> Places(PersonFormChoices? choices) =>
        (choices?.Places ?? []).Select(p => new SelectListItem(p.Name, p.Id.ToString()));

    /// <summary>
    /// An audit entry's changes as "Field: value" lines (an edit as "Field: old → new"), so the
    /// history reads as text rather than JSON; anything unexpected is shown as it was stored.
    /// </summary>
    public static IReadOnlyList<string> Changes(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [json];
            }

            var lines = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2)
                {
                    lines.Add($"{property.Name}: {Text(value[0])} → {Text(value[1])}");
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    lines.Add($"{property.Name}: {Text(value)}");
                }
            }

            return lines;
        }
        catch (JsonException)
        {
            return [json];
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "(none)",
        JsonValueKind.String => value.GetString() ?? string.Empty,
        _ => value.GetRawText(),
    };
}
