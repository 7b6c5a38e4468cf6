using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Tests.Claims.Languages;

// The words here are ordinary nouns chosen for the test; none is a name of a real person.
public sealed class PersonNounsTests
{
    [Theory]
    [InlineData("ru", "солдат")]
    [InlineData("hy", "զինվոր")]
    [InlineData("az", "əsgər")]
    public void Match_ListedNoun_IsAPerson(string language, string word)
    {
        Assert.NotNull(PersonNouns.Match(ClaimLexicon.ForCode(language)!, Folded(word), 0));
    }

    [Theory]
    [InlineData("hy", "մարդուց")]
    [InlineData("az", "erməninin")]
    public void Match_ListedNounInACase_IsAPerson(string language, string word)
    {
        var match = PersonNouns.Match(ClaimLexicon.ForCode(language)!, Folded(word), 0);

        Assert.Equal(1, match?.Length);
    }

    [Theory]
    [InlineData("ru", "школьников")]
    [InlineData("ru", "горцев")]
    [InlineData("hy", "սևանցի")]
    [InlineData("az", "kombaynçı")]
    public void Match_UnlistedNounWithAPersonSuffix_IsAPerson(string language, string word)
    {
        var match = PersonNouns.Match(ClaimLexicon.ForCode(language)!, Folded(word), 0);

        Assert.Equal("-", match?.Phrase.Value);
    }

    [Theory]
    [InlineData("ru", "беспилотников")]
    [InlineData("ru", "репортажей")]
    [InlineData("hy", "ռեպորտաժ")]
    [InlineData("az", "məqalə")]
    [InlineData("ru", "ника")]
    public void Match_ThingOrShortWord_IsNoPerson(string language, string word)
    {
        Assert.Null(PersonNouns.Match(ClaimLexicon.ForCode(language)!, Folded(word), 0));
    }

    [Fact]
    public void Match_OutsideTheSentence_IsNoPerson()
    {
        Assert.Null(PersonNouns.Match(ClaimLexicon.ForCode("ru")!, ["солдат"], 1));
    }

    [Theory]
    [InlineData("hy", "մարդուց", true)]
    [InlineData("az", "nəfərdən", true)]
    [InlineData("az", "nəfər", false)]
    public void EndsWith_WholeEnding_TellsAnAblative(string language, string word, bool expected)
    {
        Assert.Equal(expected, PersonNouns.EndsWith(ClaimLexicon.ForCode(language)!, "whole_ending", Folded(word)[0]));
    }

    // The reader compares folded words (lower case, Azerbaijani ı as i), as the tokenizer gives them.
    private static string[] Folded(string word) => TextFold.Fold(Tokenizer.Tokenize(word));
}
