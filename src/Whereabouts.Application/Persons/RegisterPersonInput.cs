namespace Whereabouts.Application.Persons;

/// <summary>What registering a person takes: a first name form, the details, and optionally the first fate assertion.</summary>
/// <param name="Name">The first name form (its fields are reported as <c>givenName</c>, <c>familyName</c>, ... and its source as <c>nameSourceId</c>).</param>
/// <param name="Details">The descriptive details (reported as <c>birthDate</c>, <c>birthPlaceId</c>, ...).</param>
/// <param name="Fate">The first fate assertion, usually "missing" from a family's report (its fields reported as <c>fate.asOf</c>, ...), or null.</param>
/// <param name="ConfirmedNew">The caseworker saw the records the engine found likely to be this person and says it is
/// someone else: the person is registered and each of those records is judged "not the same". Without it a likely
/// duplicate stops the registration (<see cref="PossibleDuplicatesException"/>).</param>
public sealed record RegisterPersonInput(NameInput Name, DetailsInput Details, FateInput? Fate = null, bool ConfirmedNew = false);
