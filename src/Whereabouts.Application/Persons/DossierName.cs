using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>One name form of a person, with where it came from.</summary>
/// <param name="GivenName">The given name, or null.</param>
/// <param name="FamilyName">The family name, or null.</param>
/// <param name="Patronymic">The patronymic as written, or null.</param>
/// <param name="FullName">Given name, patronymic and family name in that order.</param>
/// <param name="Script">The script the form is written in.</param>
/// <param name="Origin">Where the form came from, in words, or null.</param>
/// <param name="SourceId">The registered source the form was read from, or null.</param>
/// <param name="SourceTitle">That source's title, or null.</param>
/// <param name="Position">The form's position among all the person's forms, withdrawn ones included, from 0: what a withdrawal names.</param>
public sealed record DossierName(
    string? GivenName,
    string? FamilyName,
    string? Patronymic,
    string FullName,
    NameScript Script,
    string? Origin,
    Guid? SourceId,
    string? SourceTitle,
    int Position);
