namespace Whereabouts.Bench.Web;

/// <summary>
/// One name as the lists of the conflict write it. For Armenian names <see cref="Latin"/> is the
/// transliteration used in Armenia (Grigoryan), <see cref="Variant"/> a diaspora spelling
/// (Grigorian) and <see cref="Armenian"/> the Armenian script; for Azerbaijani names
/// <see cref="Latin"/> is the Azerbaijani alphabet (Məmmədov), <see cref="Variant"/> the English
/// transliteration (Mammadov) and <see cref="Armenian"/> is null.
/// </summary>
/// <param name="Latin">The spelling of the person's own country in Latin letters.</param>
/// <param name="Cyrillic">The Russian spelling.</param>
/// <param name="Armenian">The Armenian-script spelling, for Armenian names.</param>
/// <param name="Variant">Another Latin spelling, or null when there is none.</param>
/// <param name="LatinGenitive">For Armenian given names, the father's-name form when it is not the name plus i (Davti).</param>
/// <param name="ArmenianGenitive">The same in Armenian script when it is not the name plus ի (Դավթի).</param>
internal sealed record NameSpellings(
    string Latin,
    string Cyrillic,
    string? Armenian = null,
    string? Variant = null,
    string? LatinGenitive = null,
    string? ArmenianGenitive = null)
{
    /// <summary>Every distinct spelling, for search terms.</summary>
    public IReadOnlyList<string> All =>
        new[] { Latin, Variant, Cyrillic, Armenian }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
}
