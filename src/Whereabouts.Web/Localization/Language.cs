namespace Whereabouts.Web.Localization;

/// <summary>An interface language: its two-letter code and its name as its readers write it.</summary>
/// <param name="Code">The ISO 639-1 code, which is also the culture name (<c>hy</c>).</param>
/// <param name="NativeName">The language's name in its own script, as the switch shows it.</param>
public sealed record Language(string Code, string NativeName);
