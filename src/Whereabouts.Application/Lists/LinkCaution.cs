namespace Whereabouts.Application.Lists;

/// <summary>
/// Why a likely match was held for a reviewer instead of linked: the row and the person disagree on
/// something that names and a birth date alike cannot explain away. Kept in the match's explanation
/// and shown on its review page.
/// </summary>
/// <param name="Kind">What disagrees.</param>
/// <param name="ListValue">The value as the list gives it (a party slug, a date as written).</param>
/// <param name="RegistryValue">The registry person's value.</param>
public sealed record LinkCaution(LinkCautionKind Kind, string ListValue, string RegistryValue);
