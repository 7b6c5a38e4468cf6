using System.Globalization;

namespace Whereabouts.Web.Localization;

/// <summary>
/// The languages the interface is written in. English is the neutral language: its text is the
/// resource key, so a string not yet translated still reads as English rather than as a key.
/// </summary>
public static class Languages
{
    /// <summary>The query-string parameter that chooses a language on any URL (<c>?culture=hy</c>).</summary>
    public const string QueryParameter = "culture";

    /// <summary>The language of a request that asks for none we have.</summary>
    public const string Default = "en";

    /// <summary>Each language's code and its name in itself, in the order the switch shows them.</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        new("hy", "Հայերեն"),
        new("ru", "Русский"),
        new("az", "Azərbaycanca"),
        new("en", "English"),
    ];

    /// <summary>The cultures of <see cref="All"/>, for formatting dates and numbers too.</summary>
    public static IList<CultureInfo> Cultures { get; } = [.. All.Select(language => CultureInfo.GetCultureInfo(language.Code))];

    /// <summary>Whether <paramref name="code"/> names one of <see cref="All"/> (case-insensitive).</summary>
    public static bool IsSupported(string? code) =>
        code is not null && All.Any(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));
}
