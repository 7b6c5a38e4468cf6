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
    [InlineData("Շուշիում անհետ կորել են", null)]
    [InlineData("SHUSHI was shelled", "SHUSHI")]
    public void Find_AnySpelling_FindsThePlaceAsWritten(string text, string? asWritten)
    {
        var found = Finder.Find(text);

        if (asWritten is null)
        {
            // An inflected Armenian form (Շուշիում, "in Shushi") is not a whole-word spelling.
            Assert.Empty(found);
            return;
        }

        var mention = Assert.Single(found);
        Assert.Equal((Shushi.Id, "Shushi", asWritten), (mention.Id, mention.Name, mention.Text));
    }

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
