using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Ingestion.Tests.Claims.Languages;

public sealed class ClaimLexiconTests
{
    [Fact]
    public void All_EveryDataFile_LoadsWithANameAndAScript()
    {
        Assert.Equal(["az", "en", "hy", "ru", "tr"], ClaimLexicon.All.Select(l => l.Code));
        Assert.All(ClaimLexicon.All, l => Assert.False(string.IsNullOrWhiteSpace(l.Name)));
        Assert.All(ClaimLexicon.All, l => Assert.Contains(l.Script, (string[])["Latn", "Cyrl", "Armn"]));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("hy")]
    [InlineData("az")]
    public void All_ClaimLanguage_HasEveryKindTheReaderNeeds(string code)
    {
        var lexicon = ClaimLexicon.ForCode(code)!;

        Assert.True(lexicon.ReadsClaims);
        foreach (var kind in (string[])["number", "vague", "before", "person", "thing", "missing", "captured", "held", "released", "killed",
                     "wounded", "arrested", "deny", "rumour", "say", "side", "month", "place_suffix", "comment_heading"])
        {
            Assert.True(lexicon.Of(kind).Count > 0, $"{code} has no {kind}");
        }
    }

    [Fact]
    public void Parse_LineWithoutThreeCells_FailsWithFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => ClaimLexicon.Parse("xx", new StringReader("# comment\nperson\t-\n")));

        Assert.Contains("xx.tsv, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchAt_StarredWord_MatchesEveryWordItStarts()
    {
        var lexicon = ClaimLexicon.Parse("xx", new StringReader("missing\t-\tпропал* без вести|пропал*\n"));

        Assert.Equal(3, lexicon.MatchAt("missing", ["пропали", "без", "вести"], 0)?.Length);
        Assert.Equal(1, lexicon.MatchAt("missing", ["пропала"], 0)?.Length);
        Assert.Null(lexicon.MatchAt("missing", ["попали"], 0));
    }
}
