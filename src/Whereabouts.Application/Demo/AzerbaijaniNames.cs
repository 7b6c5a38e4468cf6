namespace Whereabouts.Application.Demo;

/// <summary>The Azerbaijani name tables the demo people are drawn from, written for Whereabouts.</summary>
/// <remarks>A patronymic is the father's given name followed by oğlu (son of) or qızı (daughter
/// of); Russian-language lists write оглы and кызы.</remarks>
internal static class AzerbaijaniNames
{
    /// <summary>Men's given names, roughly the most common first; each also serves as a father's name.</summary>
    public static readonly IReadOnlyList<AzerbaijaniName> MaleGiven =
    [
        new("Elvin", "Эльвин", "Elvin"),
        new("Orxan", "Орхан", "Orkhan"),
        new("Tural", "Турал", "Tural"),
        new("Rəşad", "Рашад", "Rashad"),
        new("Elnur", "Эльнур", "Elnur"),
        new("Ramil", "Рамиль", "Ramil"),
        new("Əli", "Али", "Ali"),
        new("Hüseyn", "Гусейн", "Huseyn"),
        new("Kənan", "Кянан", "Kanan"),
        new("Fərid", "Фарид", "Farid"),
        new("Nicat", "Ниджат", "Nijat"),
        new("Vüqar", "Вугар", "Vugar"),
        new("Anar", "Анар", "Anar"),
        new("Emil", "Эмиль", "Emil"),
        new("Cavid", "Джавид", "Javid"),
        new("Səbuhi", "Сабухи", "Sabuhi"),
    ];

    /// <summary>Family names (men's forms), roughly the most common first.</summary>
    public static readonly IReadOnlyList<AzerbaijaniName> Family =
    [
        new("Məmmədov", "Мамедов", "Mammadov"),
        new("Əliyev", "Алиев", "Aliyev"),
        new("Hüseynov", "Гусейнов", "Huseynov"),
        new("Həsənov", "Гасанов", "Hasanov"),
        new("Quliyev", "Кулиев", "Guliyev"),
        new("İsmayılov", "Исмаилов", "Ismayilov"),
        new("Abdullayev", "Абдуллаев", "Abdullayev"),
        new("Cəfərov", "Джафаров", "Jafarov"),
        new("Babayev", "Бабаев", "Babayev"),
        new("Süleymanov", "Сулейманов", "Suleymanov"),
        new("Kərimov", "Керимов", "Karimov"),
        new("Əhmədov", "Ахмедов", "Ahmadov"),
        new("Rzayev", "Рзаев", "Rzayev"),
        new("Orucov", "Оруджев", "Orujov"),
        new("Nəsirov", "Насиров", "Nasirov"),
        new("Qasımov", "Касумов", "Gasimov"),
    ];
}
