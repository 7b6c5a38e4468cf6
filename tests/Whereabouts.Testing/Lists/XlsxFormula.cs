namespace Whereabouts.Testing.Lists;

/// <summary>
/// A formula cell for <see cref="XlsxWriter"/>, holding the value Excel last computed, as a saved
/// workbook does: a reader sees <paramref name="CachedValue"/>, never the formula.
/// </summary>
/// <param name="Expression">The formula without its "=", e.g. "A2&amp;\" \"&amp;B2".</param>
/// <param name="CachedValue">The value last computed: a <see cref="string"/> or a number.</param>
public sealed record XlsxFormula(string Expression, object CachedValue);
