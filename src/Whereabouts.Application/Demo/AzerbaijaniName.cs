namespace Whereabouts.Application.Demo;

/// <summary>An Azerbaijani given or family name as the three kinds of list write it.</summary>
/// <param name="Azerbaijani">The Azerbaijani Latin spelling (Məmmədov, Rəşad).</param>
/// <param name="Cyrillic">The Russian spelling (Мамедов, Рашад).</param>
/// <param name="English">The English transliteration (Mammadov, Rashad).</param>
internal sealed record AzerbaijaniName(string Azerbaijani, string Cyrillic, string English);
