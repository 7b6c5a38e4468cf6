namespace Whereabouts.Domain;

/// <summary>
/// The descriptive facts about a person that a caseworker edits as a whole: everything except the
/// name forms and the fate, which have histories of their own.
/// </summary>
/// <param name="Sex">Sex as recorded.</param>
/// <param name="BirthDate">Birth date as far as it is known (conscripts are often known by year alone).</param>
/// <param name="BirthPlaceId">The gazetteer place of birth, if known.</param>
/// <param name="Side">The slug of the party to the conflict the person belongs to, or null when none is recorded.</param>
/// <param name="Role">Soldier or civilian.</param>
/// <param name="Force">For soldiers, the armed force in words ("Defence Army of Nagorno-Karabakh").</param>
/// <param name="Rank">Military rank as written by the source.</param>
/// <param name="Unit">Military unit as written by the source.</param>
/// <param name="ServiceNumber">Service (personal) number; often the surest identifier between lists.</param>
public sealed record PersonDetails(
    Sex Sex = Sex.Unknown,
    PartialDate? BirthDate = null,
    Guid? BirthPlaceId = null,
    string? Side = null,
    ServiceRole Role = ServiceRole.Unknown,
    string? Force = null,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null);
