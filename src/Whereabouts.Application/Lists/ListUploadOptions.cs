using System.Text.Json;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>Reads an upload's settings (as a person gave them) into the importer's options, and keeps them as JSON on the upload.</summary>
internal static class ListUploadOptions
{
    private const int TitleLength = 300;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(ListUploadSettings settings) => JsonSerializer.Serialize(settings, Json);

    public static ListUploadSettings? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<ListUploadSettings>(json, Json);

    /// <summary>The importer's options; each wrong field is added to <paramref name="errors"/> under its form name.</summary>
    public static ListImportOptions Read(FieldErrors errors, ListUploadSettings settings, ListMapping? mapping, DateOnly today)
    {
        var title = errors.Text("title", settings.Title, TitleLength, "Give the list a title as a source, e.g. \"ICRC list of confirmed captives, 2021-01-12\".");
        var reliability = errors.Choice("reliability", settings.Reliability, Reliability.F);
        var credibility = errors.Choice("credibility", settings.Credibility, Credibility.CannotBeJudged);
        FateStatus? fate = string.IsNullOrWhiteSpace(settings.Fate) ? null : errors.Choice("fate", settings.Fate, FateStatus.Missing);
        var asOf = errors.Date("asOf", settings.AsOf, today);
        if (fate is not null && string.IsNullOrWhiteSpace(settings.AsOf))
        {
            errors.Add("asOf", "Give the date the list's fate refers to (as of).");
        }

        var linkAt = settings.LinkAt ?? 0.99;
        if (!(linkAt > 0.5 && linkAt <= 1))
        {
            errors.Add("linkAt", $"The probability to link without review is above 0.5 and at most 1 (1: every match is reviewed); {linkAt} is not.");
        }

        return new ListImportOptions(
            title ?? string.Empty,
            reliability,
            fate,
            asOf,
            credibility,
            string.IsNullOrWhiteSpace(settings.Side) ? null : settings.Side.Trim(),
            LinkAt: linkAt,
            Invented: settings.Invented,
            Mapping: mapping,
            Supersedes: settings.Supersedes,
            AllowDemoData: settings.AllowDemoData);
    }
}
