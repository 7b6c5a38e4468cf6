namespace Whereabouts.Domain;

/// <summary>A party's name in each of the registry's languages.</summary>
/// <param name="English">The name in English ("Armenia"); required, and the fallback for every other language.</param>
/// <param name="Armenian">The name in Armenian ("Հայաստան"), or null to show the English name.</param>
/// <param name="Russian">The name in Russian ("Армения"), or null to show the English name.</param>
/// <param name="Azerbaijani">The name in Azerbaijani ("Ermənistan"), or null to show the English name.</param>
public sealed record PartyNames(string English, string? Armenian = null, string? Russian = null, string? Azerbaijani = null);
