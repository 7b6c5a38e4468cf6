using Whereabouts.Ingestion.Mentions;

namespace Whereabouts.Ingestion.Tests.Mentions;

public sealed class PlaceMentionFinderTests
{
    private static readonly GazetteerEntry Shushi = new(Guid.NewGuid(), "Shushi", ["Shusha", "Şuşa", "Шуши", "Шуша", "Շուշի"]);
    private static readonly GazetteerEntry Hadrut = new(Guid.NewGuid(), "Hadrut", ["Hadrut", "Hadrut district", "Гадрут"]);
    private static readonly GazetteerEntry HadrutDistrict = new(Guid.NewGuid(), "Hadrut district", ["Hadrut district"]);

    private static PlaceMentionFinder Finder => new([Shushi, Hadrut]);

    [Theory]
    [InlineData("Fighting near Shusha continued.", "Shusha")]
    [InlineData("Bölgədə, Şuşa şəhərində …", "Şuşa")]
    [InlineData("Под Шуши пропали двое.", "Шуши")]
    [InlineData("SHUSHI was shelled", "SHUSHI")]
    public void Find_AnySpelling_FindsThePlaceAsWritten(string text, string asWritten)
    {
        var found = Finder.Find(text);

        var mention = Assert.Single(found);
        Assert.Equal((Shushi.Id, "Shushi", asWritten), (mention.Id, mention.Name, mention.Text));
    }

    // Invented sentences; the endings come from the claim lexicons' place_suffix tables.
    [Theory]
    [InlineData("Շուշիում անհետ կորել են երկու զինծառայող։", "Շուշիում")]
    [InlineData("Под Шушей пропали двое.", "Шушей")]
    [InlineData("В Шуше пропали двое.", "Шуше")]
    [InlineData("Şuşada iki hərbçi itkin düşüb.", "Şuşada")]
    [InlineData("Şuşa'da iki hərbçi itkin düşüb.", "Şuşa'da")]
    public void Find_InflectedForm_FindsThePlaceAsWritten(string text, string asWritten)
    {
        var mention = Assert.Single(Finder.Find(text));

        Assert.Equal((Shushi.Id, asWritten), (mention.Id, mention.Text));
    }

    [Theory]
    [InlineData("Хцаберде", "Khtsaberd")]
    [InlineData("Хцаберда", "Khtsaberd")]
    [InlineData("Խծաբերդում", "Khtsaberd")]
    [InlineData("Xtsaberddə", "Khtsaberd")]
    [InlineData("Гадрута", "Hadrut")]
    [InlineData("Xtsaberdə", "Khtsaberd")]
    public void Find_InflectedPlaceInASentence_IsTheGazetteerPlace(string word, string name)
    {
        var khtsaberd = new GazetteerEntry(Guid.NewGuid(), "Khtsaberd", ["Хцаберд", "Խծաբերդ", "Xtsaberd"]);
        var finder = new PlaceMentionFinder([khtsaberd, Hadrut]);

        var mention = Assert.Single(finder.Find($"Invented: near {word} two soldiers went missing."));

        Assert.Equal(name, mention.Name);
    }

    [Theory]
    [InlineData("Шушинский район")]
    [InlineData("The Shushinsky brigade")]
    [InlineData("Гадрутский район")]
    [InlineData("Shushi-based and Hadruti writers")]
    public void Find_LongerWordBuiltOnAName_IsNotAnInflection(string text) => Assert.Empty(Finder.Find(text));

    [Fact]
    public void Find_WordThatOnlyContainsAName_IsNotAMention()
    {
        Assert.Empty(Finder.Find("The Shushinsky brigade and the Hadrutian unit (invented)."));
    }

    [Fact]
    public void Find_SeveralMentions_ReportsEachPlaceOnceInOrder()
    {
        var found = Finder.Find("From Hadrut to Shushi, then back to Гадрут and Shusha.");

        Assert.Equal([Hadrut.Id, Shushi.Id], found.Select(m => m.Id));
    }

    [Fact]
    public void Find_LongerSpelling_WinsOverItsFirstWord()
    {
        var finder = new PlaceMentionFinder([Hadrut with { Spellings = ["Hadrut"] }, HadrutDistrict]);

        var mention = Assert.Single(finder.Find("Two soldiers went missing in the Hadrut district."));

        Assert.Equal((HadrutDistrict.Id, "Hadrut district"), (mention.Id, mention.Text));
    }
}
