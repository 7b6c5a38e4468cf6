namespace Whereabouts.Application.Tracing;

/// <summary>
/// The sought person's name as the caseworker splits the family's words, for registering a new
/// registry person from a tracing request (fields "givenName", "familyName", "patronymic").
/// </summary>
/// <param name="GivenName">The given name.</param>
/// <param name="FamilyName">The family name; this or the given name is required.</param>
/// <param name="Patronymic">The patronymic.</param>
/// <param name="ConfirmedNew">The caseworker saw the records likely to be this person and says it is someone else.</param>
public sealed record SoughtPersonInput(string? GivenName, string? FamilyName, string? Patronymic = null, bool ConfirmedNew = false);
