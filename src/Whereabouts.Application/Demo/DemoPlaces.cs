using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The demo gazetteer: the places the demo sources and people mention, with their names in the
/// Latin, Armenian and Cyrillic scripts and in the languages of both sides.
/// </summary>
/// <remarks>
/// <para>Coordinates are approximate, from general knowledge, good for a pin on a small-scale map
/// and nothing more; the two villages in particular may be off by a kilometre or two.</para>
/// <para>A name's language says whose name it is, not which script it is in: Shushi is the
/// Armenian name written in Latin letters, Shusha and Khankendi the Azerbaijani ones.</para>
/// </remarks>
internal sealed class DemoPlaces
{
    private readonly List<Place> _all = [];

    public DemoPlaces()
    {
        Armenia = Add("place/armenia", PlaceKind.Country, 40.07, 45.04, null,
            ("Armenia", "en"), ("Հայաստան", "hy"), ("Армения", "ru"), ("Ermənistan", "az"));
        Azerbaijan = Add("place/azerbaijan", PlaceKind.Country, 40.14, 47.58, null,
            ("Azerbaijan", "en"), ("Azərbaycan", "az"), ("Ադրբեջան", "hy"), ("Азербайджан", "ru"));

        // No parent: the demo gazetteer records both sides' names and takes no position on status.
        Karabakh = Add("place/nagorno-karabakh", PlaceKind.Region, 39.85, 46.75, null,
            ("Nagorno-Karabakh", "en"), ("Artsakh", "hy"), ("Լեռնային Ղարաբաղ", "hy"), ("Արցախ", "hy"),
            ("Нагорный Карабах", "ru"), ("Dağlıq Qarabağ", "az"));

        // The Soviet Hadrut district was merged into Azerbaijan's Khojavend (Xocavənd) district, which is
        // larger, so Xocavənd is deliberately not listed as a name of the Hadrut region.
        HadrutRegion = Add("place/hadrut-region", PlaceKind.Region, 39.52, 47.00, Karabakh,
            ("Hadrut region", "en"), ("Hadrut Province", "en"), ("Հադրութի շրջան", "hy"), ("Гадрутский район", "ru"));
        Hadrut = Add("place/hadrut", PlaceKind.Town, 39.520, 47.032, HadrutRegion,
            ("Hadrut", "hy"), ("Հադրութ", "hy"), ("Гадрут", "ru"), ("Hadrut", "az"));
        HinTagher = Add("place/hin-tagher", PlaceKind.Village, 39.483, 46.983, HadrutRegion,
            ("Hin Tagher", "hy"), ("Հին Թաղեր", "hy"), ("Хин Тагер", "ru"), ("Köhnə Tağlar", "az"));
        Khtsabert = Add("place/khtsabert", PlaceKind.Village, 39.467, 46.950, HadrutRegion,
            ("Khtsabert", "hy"), ("Khtsaberd", "hy"), ("Խծաբերդ", "hy"), ("Хцаберд", "ru"), ("Çaylaqqala", "az"));
        Stepanakert = Add("place/stepanakert", PlaceKind.Town, 39.815, 46.752, Karabakh,
            ("Stepanakert", "hy"), ("Ստեփանակերտ", "hy"), ("Степанакерт", "ru"), ("Xankəndi", "az"), ("Khankendi", "az"));
        Shushi = Add("place/shushi", PlaceKind.Town, 39.759, 46.749, Karabakh,
            ("Shushi", "hy"), ("Shusha", "az"), ("Շուշի", "hy"), ("Шуша", "ru"), ("Şuşa", "az"));

        Yerevan = Add("place/yerevan", PlaceKind.Town, 40.179, 44.499, Armenia,
            ("Yerevan", "en"), ("Երևան", "hy"), ("Ереван", "ru"), ("İrəvan", "az"));
        Syunik = Add("place/syunik", PlaceKind.Region, 39.40, 46.20, Armenia,
            ("Syunik Province", "en"), ("Syunik", "hy"), ("Սյունիքի մարզ", "hy"), ("Сюникская область", "ru"));
        Goris = Add("place/goris", PlaceKind.Town, 39.511, 46.338, Syunik,
            ("Goris", "hy"), ("Գորիս", "hy"), ("Горис", "ru"), ("Gorus", "az"));
        Kapan = Add("place/kapan", PlaceKind.Town, 39.207, 46.406, Syunik,
            ("Kapan", "hy"), ("Կապան", "hy"), ("Капан", "ru"), ("Qafan", "az"));

        Baku = Add("place/baku", PlaceKind.Town, 40.409, 49.867, Azerbaijan,
            ("Baku", "en"), ("Bakı", "az"), ("Баку", "ru"), ("Բաքու", "hy"));
        Ganja = Add("place/ganja", PlaceKind.Town, 40.683, 46.361, Azerbaijan,
            ("Ganja", "en"), ("Gəncə", "az"), ("Гянджа", "ru"), ("Գյանջա", "hy"), ("Գանձակ", "hy"));
    }

    public Place Armenia { get; }

    public Place Azerbaijan { get; }

    public Place Karabakh { get; }

    public Place HadrutRegion { get; }

    public Place Hadrut { get; }

    public Place HinTagher { get; }

    public Place Khtsabert { get; }

    public Place Stepanakert { get; }

    public Place Shushi { get; }

    public Place Yerevan { get; }

    public Place Syunik { get; }

    public Place Goris { get; }

    public Place Kapan { get; }

    public Place Baku { get; }

    public Place Ganja { get; }

    public IReadOnlyList<Place> All => _all;

    private Place Add(string key, PlaceKind kind, double latitude, double longitude, Place? parent, params (string Text, string Language)[] names)
    {
        var place = new Place(
            DemoIds.For(key),
            kind,
            names.Select(n => new PlaceName(n.Text, n.Language)),
            new Coordinates(latitude, longitude),
            parent?.Id);
        _all.Add(place);
        return place;
    }
}
