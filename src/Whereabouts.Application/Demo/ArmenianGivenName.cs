using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// An Armenian given name in the three scripts the lists use, with the forms it takes as a
/// father's name: Armenian lists write the genitive (Սամվելի, Samveli), Russian-language lists a
/// Russian patronymic (Самвелович).
/// </summary>
/// <param name="Latin">The English transliteration a family report uses (Arayik).</param>
/// <param name="Armenian">The Armenian-script name (Արայիկ).</param>
/// <param name="Cyrillic">The Russian spelling (Араик).</param>
/// <param name="ArmenianGenitive">The genitive when it is not simply the name plus ի: some names drop
/// a vowel (Դավիթ → Դավթի, Սարգիս → Սարգսի).</param>
/// <param name="LatinGenitive">The transliterated genitive, when it is not the name plus i.</param>
internal sealed record ArmenianGivenName(
    string Latin,
    string Armenian,
    string Cyrillic,
    string? ArmenianGenitive = null,
    string? LatinGenitive = null)
{
    /// <summary>The father's name as an Armenian list writes it after the given name.</summary>
    public string ArmenianPatronymic => ArmenianGenitive ?? Armenian + "ի";

    /// <summary>The same, transliterated (Samveli).</summary>
    public string LatinPatronymic => LatinGenitive ?? Latin + "i";

    /// <summary>The Russian patronymic; every Cyrillic name in the tables ends in a consonant, so the
    /// suffix is always -ович or -овна.</summary>
    public string RussianPatronymic(Sex sex) => Cyrillic + (sex == Sex.Female ? "овна" : "ович");
}
