namespace Whereabouts.Domain;

/// <summary>How free-text fields are kept: trimmed, and blank means "not recorded" (null).</summary>
internal static class TextValue
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
