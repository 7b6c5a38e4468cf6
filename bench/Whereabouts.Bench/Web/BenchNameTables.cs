namespace Whereabouts.Bench.Web;

/// <summary>
/// Common Armenian and Azerbaijani names in every spelling the lists use, written for the
/// benchmark (the demo tables are internal to the application). Common names come first: they
/// are drawn most often, as they are in the real lists, and they are what makes a search heavy.
/// </summary>
internal static class BenchNameTables
{
    public static readonly IReadOnlyList<NameSpellings> ArmenianFamilies =
    [
        new("Grigoryan", "Григорян", "Գրիգորյան", "Grigorian"),
        new("Harutyunyan", "Арутюнян", "Հարությունյան", "Haroutunian"),
        new("Sargsyan", "Саргсян", "Սարգսյան", "Sarkissian"),
        new("Hovhannisyan", "Оганесян", "Հովհաննիսյան", "Hovannisian"),
        new("Khachatryan", "Хачатрян", "Խաչատրյան", "Khachatrian"),
        new("Hakobyan", "Акопян", "Հակոբյան", "Hagopian"),
        new("Karapetyan", "Карапетян", "Կարապետյան", "Garabedian"),
        new("Petrosyan", "Петросян", "Պետրոսյան", "Bedrosian"),
        new("Gevorgyan", "Геворкян", "Գևորգյան", "Kevorkian"),
        new("Vardanyan", "Варданян", "Վարդանյան", "Vartanian"),
        new("Poghosyan", "Погосян", "Պողոսյան", "Boghossian"),
        new("Mkrtchyan", "Мкртчян", "Մկրտչյան", "Mkrtchian"),
        new("Ghazaryan", "Казарян", "Ղազարյան", "Ghazarian"),
        new("Avetisyan", "Аветисян", "Ավետիսյան", "Avedisian"),
        new("Martirosyan", "Мартиросян", "Մարտիրոսյան", "Martirossian"),
        new("Manukyan", "Манукян", "Մանուկյան", "Manoukian"),
        new("Sahakyan", "Саакян", "Սահակյան", "Sahakian"),
        new("Stepanyan", "Степанян", "Ստեփանյան", "Stepanian"),
        new("Baghdasaryan", "Багдасарян", "Բաղդասարյան", "Baghdassarian"),
        new("Arakelyan", "Аракелян", "Առաքելյան", "Arakelian"),
        new("Hambardzumyan", "Амбарцумян", "Համբարձումյան", "Hambartsoumian"),
        new("Galstyan", "Галстян", "Գալստյան", "Galstian"),
        new("Melkonyan", "Мелконян", "Մելքոնյան", "Melkonian"),
        new("Asatryan", "Асатрян", "Ասատրյան", "Asatrian"),
        new("Mirzoyan", "Мирзоян", "Միրզոյան", "Mirzoian"),
        new("Davtyan", "Давтян", "Դավթյան", "Davtian"),
        new("Minasyan", "Минасян", "Մինասյան", "Minassian"),
        new("Aslanyan", "Асланян", "Ասլանյան", "Aslanian"),
        new("Hayrapetyan", "Айрапетян", "Հայրապետյան", "Hairapetian"),
        new("Zakaryan", "Закарян", "Զաքարյան", "Zakarian"),
    ];

    public static readonly IReadOnlyList<NameSpellings> ArmenianMen =
    [
        new("Davit", "Давид", "Դավիթ", "David", "Davti", "Դավթի"),
        new("Narek", "Нарек", "Նարեկ"),
        new("Hayk", "Айк", "Հայկ", "Haik"),
        new("Tigran", "Тигран", "Տիգրան"),
        new("Gor", "Гор", "Գոռ"),
        new("Arman", "Арман", "Արման"),
        new("Armen", "Армен", "Արմեն"),
        new("Erik", "Эрик", "Էրիկ"),
        new("Vahagn", "Ваагн", "Վահագն"),
        new("Arsen", "Арсен", "Արսեն"),
        new("Karen", "Карен", "Կարեն"),
        new("Edgar", "Эдгар", "Էդգար"),
        new("Aram", "Арам", "Արամ"),
        new("Gevorg", "Геворг", "Գևորգ", "Kevork"),
        new("Hovhannes", "Ованес", "Հովհաննես", "Ohannes"),
        new("Samvel", "Самвел", "Սամվել"),
        new("Artur", "Артур", "Արթուր"),
        new("Levon", "Левон", "Լևոն"),
        new("Sargis", "Саргис", "Սարգիս", "Sarkis", "Sargsi", "Սարգսի"),
        new("Vardan", "Вардан", "Վարդան", "Vartan"),
        new("Ashot", "Ашот", "Աշոտ"),
        new("Gagik", "Гагик", "Գագիկ"),
        new("Sevak", "Севак", "Սևակ"),
        new("Vazgen", "Вазген", "Վազգեն"),
        new("Hamlet", "Гамлет", "Համլետ"),
        new("Grigor", "Григор", "Գրիգոր", "Krikor"),
        new("Mher", "Мгер", "Մհեր"),
    ];

    public static readonly IReadOnlyList<NameSpellings> ArmenianWomen =
    [
        new("Anahit", "Анаит", "Անահիտ"),
        new("Gayane", "Гаяне", "Գայանե"),
        new("Lusine", "Лусине", "Լուսինե"),
        new("Hasmik", "Асмик", "Հասմիկ"),
        new("Armine", "Армине", "Արմինե"),
        new("Mariam", "Мариам", "Մարիամ"),
        new("Karine", "Карине", "Կարինե"),
    ];

    public static readonly IReadOnlyList<NameSpellings> AzerbaijaniFamilies =
    [
        new("Məmmədov", "Мамедов", Variant: "Mammadov"),
        new("Əliyev", "Алиев", Variant: "Aliyev"),
        new("Hüseynov", "Гусейнов", Variant: "Huseynov"),
        new("Həsənov", "Гасанов", Variant: "Hasanov"),
        new("Quliyev", "Кулиев", Variant: "Guliyev"),
        new("İsmayılov", "Исмаилов", Variant: "Ismayilov"),
        new("Abdullayev", "Абдуллаев", Variant: "Abdullayev"),
        new("Cəfərov", "Джафаров", Variant: "Jafarov"),
        new("Babayev", "Бабаев", Variant: "Babayev"),
        new("Süleymanov", "Сулейманов", Variant: "Suleymanov"),
        new("Kərimov", "Керимов", Variant: "Karimov"),
        new("Əhmədov", "Ахмедов", Variant: "Ahmadov"),
        new("Rzayev", "Рзаев", Variant: "Rzayev"),
        new("Orucov", "Оруджев", Variant: "Orujov"),
        new("Qasımov", "Касумов", Variant: "Gasimov"),
        new("Nəsirov", "Насиров", Variant: "Nasirov"),
        new("Vəliyev", "Велиев", Variant: "Valiyev"),
        new("Musayev", "Мусаев", Variant: "Musayev"),
        new("Rəhimov", "Рагимов", Variant: "Rahimov"),
        new("Bayramov", "Байрамов", Variant: "Bayramov"),
    ];

    public static readonly IReadOnlyList<NameSpellings> AzerbaijaniMen =
    [
        new("Elvin", "Эльвин", Variant: "Elvin"),
        new("Orxan", "Орхан", Variant: "Orkhan"),
        new("Tural", "Турал", Variant: "Tural"),
        new("Rəşad", "Рашад", Variant: "Rashad"),
        new("Elnur", "Эльнур", Variant: "Elnur"),
        new("Ramil", "Рамиль", Variant: "Ramil"),
        new("Əli", "Али", Variant: "Ali"),
        new("Hüseyn", "Гусейн", Variant: "Huseyn"),
        new("Kənan", "Кянан", Variant: "Kanan"),
        new("Fərid", "Фарид", Variant: "Farid"),
        new("Nicat", "Ниджат", Variant: "Nijat"),
        new("Vüqar", "Вугар", Variant: "Vugar"),
        new("Anar", "Анар", Variant: "Anar"),
        new("Emil", "Эмиль", Variant: "Emil"),
        new("Cavid", "Джавид", Variant: "Javid"),
        new("Samir", "Самир", Variant: "Samir"),
        new("Elçin", "Эльчин", Variant: "Elchin"),
        new("Rauf", "Рауф", Variant: "Rauf"),
    ];

    public static readonly IReadOnlyList<NameSpellings> AzerbaijaniWomen =
    [
        new("Aynur", "Айнур", Variant: "Aynur"),
        new("Günay", "Гюнай", Variant: "Gunay"),
        new("Leyla", "Лейла", Variant: "Leyla"),
        new("Sevinc", "Севиндж", Variant: "Sevinj"),
        new("Aysel", "Айсель", Variant: "Aysel"),
        new("Nərmin", "Нармин", Variant: "Narmin"),
    ];
}
