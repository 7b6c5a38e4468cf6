namespace Whereabouts.Testing.Lists;

/// <summary>A date cell for <see cref="XlsxWriter"/>: the date's serial number under the number format <paramref name="Format"/> (e.g. "dd.mm.yyyy").</summary>
/// <param name="Value">The date.</param>
/// <param name="Format">The cell's number format, as Excel's format codes write it.</param>
public sealed record XlsxDate(DateOnly Value, string Format);
