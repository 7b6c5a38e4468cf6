namespace Whereabouts.Application.Persons;

/// <summary>A name form as a caseworker enters it; blank parts mean "not given".</summary>
/// <param name="GivenName">The given name.</param>
/// <param name="FamilyName">The family name; this or the given name is required.</param>
/// <param name="Patronymic">The patronymic as written.</param>
/// <param name="Origin">Where the form came from, in words ("family report", "ICRC list of 13 December 2020").</param>
/// <param name="SourceId">The registered source the form was read from, if any.</param>
public sealed record NameInput(
    string? GivenName,
    string? FamilyName,
    string? Patronymic = null,
    string? Origin = null,
    Guid? SourceId = null);
