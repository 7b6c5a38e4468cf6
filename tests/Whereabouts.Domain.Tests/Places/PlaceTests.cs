namespace Whereabouts.Domain.Tests;

public sealed class PlaceTests
{
    private static readonly Guid Hadrut = Guid.NewGuid();

    private static Place Khtsabert(Guid? id = null) => new(
        id ?? Guid.NewGuid(),
        PlaceKind.Village,
        [new PlaceName("Khtsabert", "en"), new PlaceName("Khtsaberd", "en"), new PlaceName("Хцаберд", "ru"), new PlaceName("Խծաբերդ", "hy")],
        new Coordinates(39.53, 46.99),
        Hadrut);

    [Fact]
    public void Constructor_NamesInSeveralScripts_AreKeptInOrder()
    {
        var place = Khtsabert();

        Assert.Equal(["Khtsabert", "Khtsaberd", "Хцаберд", "Խծաբերդ"], place.Names.Select(n => n.Text));
        Assert.Equal("Khtsabert", place.PrimaryName.Text);
        Assert.Equal(
            [NameScript.Latin, NameScript.Latin, NameScript.Cyrillic, NameScript.Armenian],
            place.Names.Select(n => n.Script));
        Assert.Equal(PlaceKind.Village, place.Kind);
        Assert.Equal(new Coordinates(39.53, 46.99), place.Coordinates);
        Assert.Equal(Hadrut, place.ParentId);
    }

    [Fact]
    public void Constructor_RepeatedName_IsKeptOnce()
    {
        var place = new Place(Guid.NewGuid(), PlaceKind.Town, [new PlaceName("Shusha", "az"), new PlaceName(" Shusha ", "az"), new PlaceName("Shushi", "hy")]);

        Assert.Equal(2, place.Names.Count);
    }

    [Fact]
    public void Constructor_NoNames_IsRefused()
    {
        DomainAssert.Refuses("place.name-required", () => new Place(Guid.NewGuid(), PlaceKind.Village, []));
    }

    [Fact]
    public void Constructor_OwnParent_IsRefused()
    {
        var id = Guid.NewGuid();

        DomainAssert.Refuses("place.parent", () => new Place(id, PlaceKind.Village, [new PlaceName("Khtsabert")], parentId: id));
    }

    [Fact]
    public void Constructor_UnknownKind_IsRefused()
    {
        DomainAssert.Refuses("place.kind", () => new Place(Guid.NewGuid(), (PlaceKind)42, [new PlaceName("Khtsabert")]));
    }

    [Fact]
    public void Constructor_EmptyId_GetsANewIdentity()
    {
        Assert.NotEqual(Guid.Empty, new Place(Guid.Empty, PlaceKind.Village, [new PlaceName("Khtsabert")]).Id);
    }

    [Fact]
    public void AddName_NewAndRepeatedName_AddsOnlyTheNewOne()
    {
        var place = new Place(Guid.NewGuid(), PlaceKind.Town, [new PlaceName("Stepanakert", "hy")]);

        Assert.True(place.AddName(new PlaceName("Xankəndi", "az")));
        Assert.False(place.AddName(new PlaceName("Xankəndi", "az")));

        Assert.Equal(["Stepanakert", "Xankəndi"], place.Names.Select(n => n.Text));
        Assert.Equal("Stepanakert", place.PrimaryName.Text);
    }

    [Theory]
    [InlineData("Khtsabert")]
    [InlineData("KHTSABERT")]
    [InlineData("khtsaberd")]
    [InlineData("  Khtsaberd ")]
    [InlineData("хцаберд")]
    [InlineData("ХЦАБЕРД")]
    [InlineData("Խծաբերդ")]
    [InlineData("ԽԾԱԲԵՐԴ")]
    public void IsCalled_AnyNameInAnyCase_IsTrue(string text)
    {
        Assert.True(Khtsabert().IsCalled(text));
    }

    [Theory]
    [InlineData("Hin Tagher")]
    [InlineData("Khtsa")]
    [InlineData("Khtsabert village")]
    [InlineData("")]
    public void IsCalled_OtherText_IsFalse(string text)
    {
        Assert.False(Khtsabert().IsCalled(text));
    }

    [Fact]
    public void IsCalled_AzerbaijaniNameInCapitals_IsTrue()
    {
        var place = new Place(Guid.NewGuid(), PlaceKind.Town, [new PlaceName("Xankəndi", "az")]);

        Assert.True(place.IsCalled("xankəndi"));
        Assert.True(place.IsCalled("XANKƏNDI"));
    }

    [Fact]
    public void Relocate_ValidValues_ReplacesKindPositionAndParent()
    {
        var place = Khtsabert();
        var region = Guid.NewGuid();

        place.Relocate(PlaceKind.Other, null, region);

        Assert.Equal(PlaceKind.Other, place.Kind);
        Assert.Null(place.Coordinates);
        Assert.Equal(region, place.ParentId);
    }

    [Fact]
    public void Relocate_OwnParent_IsRefusedAndNothingChanges()
    {
        var id = Guid.NewGuid();
        var place = Khtsabert(id);

        var refusal = DomainAssert.Refuses("place.parent", () => place.Relocate(PlaceKind.Town, null, id));

        DomainAssert.MessageSays(refusal, "within itself");
        Assert.Equal(PlaceKind.Village, place.Kind);
        Assert.Equal(new Coordinates(39.53, 46.99), place.Coordinates);
        Assert.Equal(Hadrut, place.ParentId);
    }
}
