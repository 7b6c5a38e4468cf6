namespace Whereabouts.Application.Demo;

/// <summary>An Armenian family name in the three scripts, plus the spelling a diaspora newspaper
/// would use (often Western Armenian: Hakobyan → Hagopian, Gevorgyan → Kevorkian).</summary>
/// <param name="Latin">The transliteration used in Armenia (Harutyunyan).</param>
/// <param name="Armenian">The Armenian-script name (Հարությունյան).</param>
/// <param name="Cyrillic">The Russian spelling (Арутюнян), the same for men and women.</param>
/// <param name="Variant">A diaspora or older spelling (Haroutunian).</param>
internal sealed record ArmenianFamilyName(string Latin, string Armenian, string Cyrillic, string Variant);
