using System.Text.Json;

namespace Whereabouts.Application;

/// <summary>The spelling of enum values in exports and APIs: snake_case, e.g. <c>capture_confirmed</c>.</summary>
public static class ExportText
{
    /// <summary>The snake_case name of an enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
