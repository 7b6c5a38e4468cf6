using System.Text.Json;

namespace Whereabouts.Application;

/// <summary>
/// The spelling of enum values outside the web pages: snake_case in exports and APIs
/// (<c>capture_confirmed</c>), plain English words in the command line's tables
/// (<c>capture confirmed</c>), never the C# member name.
/// </summary>
public static class ExportText
{
    /// <summary>The value as lower-case English words: <c>AllForAll</c> is "all for all".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Of(value).Replace('_', ' ');

    /// <summary>The snake_case name of an enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
