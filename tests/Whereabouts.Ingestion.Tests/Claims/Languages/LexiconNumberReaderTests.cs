using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Tests.Claims.Languages;

public sealed class LexiconNumberReaderTests
{
    [Theory]
    [InlineData("ru", "сорок четыре", 44, null, "exact")]
    [InlineData("ru", "сорока четырёх", 44, null, "exact")]
    [InlineData("ru", "две тысячи", 2000, null, "exact")]
    [InlineData("ru", "двести сорок", 240, null, "exact")]
    [InlineData("ru", "около 60", 60, null, "about")]
    [InlineData("ru", "не менее двенадцати", 12, null, "at_least")]
    [InlineData("ru", "от 40 до 140", 40, 140, "range")]
    [InlineData("ru", "более тысячи", 1000, null, "more_than")]
    [InlineData("ru", "десятки", 24, null, "vague")]
    [InlineData("hy", "քառասունչորս", 44, null, "exact")]
    [InlineData("hy", "քառասուն չորս", 44, null, "exact")]
    [InlineData("hy", "երկու հարյուր", 200, null, "exact")]
    [InlineData("hy", "ավելի քան 40", 40, null, "more_than")]
    [InlineData("hy", "40-ից ավելի", 40, null, "more_than")]
    [InlineData("hy", "40-ից 140", 40, 140, "range")]
    [InlineData("az", "qırx dörd", 44, null, "exact")]
    [InlineData("az", "iki yüz", 200, null, "exact")]
    [InlineData("az", "50-dən çox", 50, null, "more_than")]
    [InlineData("az", "əllidən çox", 50, null, "more_than")]
    [InlineData("az", "ən azı 12", 12, null, "at_least")]
    [InlineData("az", "40-dan 140-a qədər", 40, 140, "range")]
    [InlineData("az", "onlarla", 24, null, "vague")]
    public void Read_NumberPhrase_GivesCountRangeAndQualifier(string code, string text, int count, int? max, string qualifier)
    {
        var lexicon = ClaimLexicon.ForCode(code)!;
        var tokens = Tokenizer.Tokenize(text);
        var folded = TextFold.Fold(tokens);
        NumberPhrase? phrase = null;
        for (var i = 0; i < tokens.Count && phrase is null; i++)
        {
            phrase = LexiconNumberReader.Read(lexicon, tokens, folded, i);
        }

        Assert.NotNull(phrase);
        Assert.Equal((count, max, qualifier), (phrase.Count, phrase.CountMax, phrase.Qualifier));
    }

    [Theory]
    [InlineData("az", "ona")]
    [InlineData("az", "onlar")]
    [InlineData("hy", "մեկնաբանություն")]
    [InlineData("ru", "стол")]
    [InlineData("ru", "44-й")]
    [InlineData("hy", "122-րդ")]
    [InlineData("az", "122-ci")]
    public void Read_WordThatOnlyStartsLikeANumberOrAnOrdinal_IsNoCount(string code, string text)
    {
        var lexicon = ClaimLexicon.ForCode(code)!;
        var tokens = Tokenizer.Tokenize(text);

        Assert.Null(LexiconNumberReader.Read(lexicon, tokens, TextFold.Fold(tokens), 0));
    }
}
