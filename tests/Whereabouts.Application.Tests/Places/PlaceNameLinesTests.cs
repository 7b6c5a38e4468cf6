using Whereabouts.Application.Places;

namespace Whereabouts.Application.Tests.Places;

public sealed class PlaceNameLinesTests
{
    [Fact]
    public void Parse_LinesWithAndWithoutLanguage_GivesOneNameEachAndSkipsBlankLines()
    {
        var names = PlaceNameLines.Parse("Khtsabert | hy\r\n\r\n  Хцаберд|ru  \nKhtsaberd\n");

        Assert.Equal(
            [new PlaceNameInput("Khtsabert", "hy"), new PlaceNameInput("Хцаберд", "ru"), new PlaceNameInput("Khtsaberd")],
            names);
    }

    [Fact]
    public void Parse_Nothing_IsEmpty()
    {
        Assert.Empty(PlaceNameLines.Parse(null));
        Assert.Empty(PlaceNameLines.Parse(" \n \n"));
    }

    [Fact]
    public void Format_Names_ParsesBackToTheSameNames()
    {
        PlaceNameInput[] names = [new("Xankəndi", "az"), new("Ստեփանակերտ", "hy"), new("Stepanakert")];

        Assert.Equal(names, PlaceNameLines.Parse(PlaceNameLines.Format(names)));
    }
}
