namespace Whereabouts.Domain.Tests;

/// <summary>Name forms of invented people, in the scripts the registry handles.</summary>
internal static class Names
{
    public static PersonName LatinArmenian => new("Gevorg", "Harutyunyan", "Samveli", "family report");

    public static PersonName CyrillicArmenian => new("Геворг", "Арутюнян", "Самвелович", "список МО");

    public static PersonName Armenian => new("Գևորգ", "Հարությունյան", "Սամվելի", "ministry list");

    public static PersonName LatinAzerbaijani => new("Rəşad", "Məmmədov", "Elşən oğlu", "family report");

    public static PersonName CyrillicAzerbaijani => new("Рашад", "Мамедов", "Эльшанович", "список");
}
