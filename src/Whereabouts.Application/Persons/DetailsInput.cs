using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>A person's descriptive details as a caseworker enters them; the birth date is text such as <c>2001</c>, <c>2001-05</c> or <c>~2001</c>.</summary>
/// <param name="Sex">Sex as recorded.</param>
/// <param name="BirthDate">The birth date in the partial-date text form, or blank when unknown.</param>
/// <param name="BirthPlaceId">A gazetteer place, or null.</param>
/// <param name="Side">The slug of the party to the conflict the person belongs to (any case), or blank when not recorded.</param>
/// <param name="Role">Soldier or civilian.</param>
/// <param name="Force">The armed force, in words.</param>
/// <param name="Rank">Military rank as written by the source.</param>
/// <param name="Unit">Military unit as written by the source.</param>
/// <param name="ServiceNumber">Service (personal) number.</param>
public sealed record DetailsInput(
    Sex Sex = Sex.Unknown,
    string? BirthDate = null,
    Guid? BirthPlaceId = null,
    string? Side = null,
    ServiceRole Role = ServiceRole.Unknown,
    string? Force = null,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null);
