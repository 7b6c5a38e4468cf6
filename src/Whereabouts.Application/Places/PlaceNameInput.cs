namespace Whereabouts.Application.Places;

/// <summary>One name of a place as a form or a JSON body gives it.</summary>
/// <param name="Text">The name as written, in Latin, Cyrillic or Armenian letters.</param>
/// <param name="Language">Whose name it is, as an ISO 639-1 code ("hy", "az", "ru", "en"), or null.</param>
public sealed record PlaceNameInput(string? Text, string? Language = null);
