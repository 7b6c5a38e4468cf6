namespace Whereabouts.Application.Demo;

/// <summary>
/// The Armenian name tables the demo people are drawn from. Written for Whereabouts; common names
/// on purpose, because common names are what make linkage hard.
/// </summary>
internal static class ArmenianNames
{
    /// <summary>Men's given names, roughly the most common first; each also serves as a father's name.</summary>
    public static readonly IReadOnlyList<ArmenianGivenName> MaleGiven =
    [
        new("Davit", "Դավիթ", "Давид", "Դավթի", "Davti"),
        new("Narek", "Նարեկ", "Нарек"),
        new("Hayk", "Հայկ", "Айк"),
        new("Tigran", "Տիգրան", "Тигран"),
        new("Gor", "Գոռ", "Гор"),
        new("Arman", "Արման", "Арман"),
        new("Armen", "Արմեն", "Армен"),
        new("Erik", "Էրիկ", "Эрик"),
        new("Vahagn", "Վահագն", "Ваагн"),
        new("Arsen", "Արսեն", "Арсен"),
        new("Karen", "Կարեն", "Карен"),
        new("Edgar", "Էդգար", "Эдгар"),
        new("Aram", "Արամ", "Арам"),
        new("Gevorg", "Գևորգ", "Геворг"),
        new("Hovhannes", "Հովհաննես", "Ованес"),
        new("Samvel", "Սամվել", "Самвел"),
        new("Artak", "Արտակ", "Артак"),
        new("Levon", "Լևոն", "Левон"),
        new("Mher", "Մհեր", "Мгер"),
        new("Sargis", "Սարգիս", "Саргис", "Սարգսի", "Sargsi"),
        new("Vardan", "Վարդան", "Вардан"),
        new("Ashot", "Աշոտ", "Ашот"),
        new("Garik", "Գարիկ", "Гарик"),
        new("Gagik", "Գագիկ", "Гагик"),
        new("Arayik", "Արայիկ", "Араик"),
        new("Sevak", "Սևակ", "Севак"),
        new("Vazgen", "Վազգեն", "Вазген"),
        new("Hamlet", "Համլետ", "Гамлет"),
        new("Norayr", "Նորայր", "Норайр"),
    ];

    /// <summary>Women's given names, for the civilians.</summary>
    public static readonly IReadOnlyList<ArmenianGivenName> FemaleGiven =
    [
        new("Siranush", "Սիրանուշ", "Сирануш"),
        new("Anahit", "Անահիտ", "Анаит"),
        new("Gayane", "Գայանե", "Гаяне"),
        new("Lusine", "Լուսինե", "Лусине"),
        new("Hasmik", "Հասմիկ", "Асмик"),
        new("Armine", "Արմինե", "Армине"),
        new("Nvard", "Նվարդ", "Нвард"),
        new("Karine", "Կարինե", "Карине"),
    ];

    /// <summary>Family names, roughly the most common first, with a diaspora spelling for each.</summary>
    public static readonly IReadOnlyList<ArmenianFamilyName> Family =
    [
        new("Grigoryan", "Գրիգորյան", "Григорян", "Grigorian"),
        new("Harutyunyan", "Հարությունյան", "Арутюнян", "Haroutunian"),
        new("Sargsyan", "Սարգսյան", "Саргсян", "Sarkissian"),
        new("Hovhannisyan", "Հովհաննիսյան", "Оганесян", "Hovannisian"),
        new("Khachatryan", "Խաչատրյան", "Хачатрян", "Khachatrian"),
        new("Hakobyan", "Հակոբյան", "Акопян", "Hagopian"),
        new("Karapetyan", "Կարապետյան", "Карапетян", "Garabedian"),
        new("Petrosyan", "Պետրոսյան", "Петросян", "Petrossian"),
        new("Gevorgyan", "Գևորգյան", "Геворкян", "Kevorkian"),
        new("Vardanyan", "Վարդանյան", "Варданян", "Vartanian"),
        new("Poghosyan", "Պողոսյան", "Погосян", "Boghossian"),
        new("Mkrtchyan", "Մկրտչյան", "Мкртчян", "Mkrtchian"),
        new("Ghazaryan", "Ղազարյան", "Казарян", "Ghazarian"),
        new("Avetisyan", "Ավետիսյան", "Аветисян", "Avedisian"),
        new("Martirosyan", "Մարտիրոսյան", "Мартиросян", "Martirossian"),
        new("Manukyan", "Մանուկյան", "Манукян", "Manoukian"),
        new("Sahakyan", "Սահակյան", "Саакян", "Sahakian"),
        new("Simonyan", "Սիմոնյան", "Симонян", "Simonian"),
        new("Stepanyan", "Ստեփանյան", "Степанян", "Stepanian"),
        new("Baghdasaryan", "Բաղդասարյան", "Багдасарян", "Baghdasarian"),
        new("Danielyan", "Դանիելյան", "Даниелян", "Danielian"),
        new("Arakelyan", "Առաքելյան", "Аракелян", "Arakelian"),
        new("Melkonyan", "Մելքոնյան", "Мелконян", "Melkonian"),
        new("Abrahamyan", "Աբրահամյան", "Абрамян", "Abrahamian"),
        new("Mirzoyan", "Միրզոյան", "Мирзоян", "Mirzoian"),
        new("Aghajanyan", "Աղաջանյան", "Агаджанян", "Aghajanian"),
        new("Beglaryan", "Բեգլարյան", "Бегларян", "Beglarian"),
        new("Zohrabyan", "Զոհրաբյան", "Зограбян", "Zohrabian"),
    ];
}
