namespace Whereabouts.Application.Parties;

/// <summary>A party as a form or a JSON body gives it.</summary>
/// <param name="Slug">The short stable name (lowercase Latin letters, digits, hyphens); only read when the party is added.</param>
/// <param name="NameEn">The name in English; required.</param>
/// <param name="NameHy">The name in Armenian, or blank.</param>
/// <param name="NameRu">The name in Russian, or blank.</param>
/// <param name="NameAz">The name in Azerbaijani, or blank.</param>
public sealed record PartyInput(string? Slug, string? NameEn, string? NameHy = null, string? NameRu = null, string? NameAz = null);
