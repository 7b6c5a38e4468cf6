using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The text forms of snapshot values, written and checked in one place so that what an export
/// writes is exactly what an import accepts. Everything is culture-invariant.
/// </summary>
internal static class SnapshotValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Id(Guid id) => id.ToString("D");

    public static string? Id(Guid? id) => id?.ToString("D");

    public static string? Date(PartialDate? date) => date?.ToString();

    public static string? Timestamp(DateTimeOffset? at) => at?.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static string Enum<T>(T value)
        where T : struct, System.Enum => value.ToString();

    public static string? Enum<T>(T? value)
        where T : struct, System.Enum => value?.ToString();

    public static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    // "R" is the shortest text that parses back to the same double.
    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static DateTimeOffset? ParseTimestamp(string text) =>
        DateTimeOffset.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at) && text.Contains('T', StringComparison.Ordinal)
                ? at
                : null;

    /// <summary>Why a value does not fit its column, or null when it does.</summary>
    public static string? Check(SnapshotColumn column, string? text)
    {
        if (text is null)
        {
            return column.Required ? "a value is required" : null;
        }

        return column.Kind switch
        {
            SnapshotColumnKind.Text => null,
            SnapshotColumnKind.Id => Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty
                ? null
                : $"'{text}' is not an id: expected a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e",
            SnapshotColumnKind.Date => PartialDate.TryParse(text, out _, out var error) ? null : error.English,
            SnapshotColumnKind.Timestamp => ParseTimestamp(text) is null
                ? $"'{text}' is not a timestamp: expected ISO 8601 such as 2026-11-23T10:15:00.0000000Z"
                : null,
            SnapshotColumnKind.Enum => System.Enum.GetNames(column.EnumType!).Contains(text, StringComparer.Ordinal)
                ? null
                : $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames(column.EnumType!))}",
            SnapshotColumnKind.WholeNumber => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : $"'{text}' is not a whole number",
            SnapshotColumnKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? null
                : $"'{text}' is not a number",
            SnapshotColumnKind.Boolean => text is "true" or "false" ? null : $"'{text}' is not true or false",
            _ => throw new InvalidOperationException($"Unknown column kind {column.Kind}."),
        };
    }
}
