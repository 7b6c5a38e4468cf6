namespace Whereabouts.Domain;

/// <summary>How free-text fields are kept: trimmed, composed and without control characters (<see cref="FreeText"/>), and blank means "not recorded" (null).</summary>
internal static class TextValue
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : FreeText.Clean(value.Trim()) is { Length: > 0 } text ? text.Trim() : null;
}
