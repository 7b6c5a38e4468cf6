using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Tests.Claims.Languages;

// Invented sentences.
public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("The ministry said 44 prisoners were returned.", "en")]
    [InlineData("Министерство сообщило, что 44 пленных возвращены.", "ru")]
    [InlineData("Նախարարությունը հայտնել է, որ 44 գերի է վերադարձվել։", "hy")]
    [InlineData("Nazirlik bildirib ki, 44 əsir qaytarılıb.", "az")]
    [InlineData("Bakanlık, 44 esirin iade edildiğini açıkladı ve bu çok önemli olarak değerlendirildi.", "tr")]
    public void Detect_SentenceInALanguage_GivesItsCode(string text, string code) =>
        Assert.Equal(code, LanguageDetector.Detect([text]));

    [Theory]
    [InlineData("Share 44 Tweet 12")]
    [InlineData("Anna K.")]
    public void Detect_LatinTextWithoutEvidence_IsEnglish(string text) => Assert.Equal("en", LanguageDetector.Detect([text]));

    [Theory]
    [InlineData("")]
    [InlineData("44 — 12 (2020)")]
    [InlineData("東京で会議が開かれた")]
    public void Detect_NoLettersOrUnknownScript_IsUndetermined(string text) =>
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect([text]));

    [Fact]
    public void Detect_MostlyRussianWithEnglishNames_IsRussian()
    {
        string[] article = ["Вымышленная новость (Invented News)", "По словам омбудсмена, в плену остаются 60 армян.", "Source: Invented Daily"];

        Assert.Equal("ru", LanguageDetector.Detect(article));
    }

    [Theory]
    [InlineData("ru", "Russian")]
    [InlineData("hy", "Armenian")]
    [InlineData("az", "Azerbaijani")]
    [InlineData("en", "English")]
    [InlineData("und", "undetermined")]
    public void NameOf_Code_GivesTheEnglishName(string code, string name) => Assert.Equal(name, LanguageDetector.NameOf(code));
}
