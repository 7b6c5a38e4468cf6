using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>
/// A fate assertion as a caseworker enters it. Status, date, source, credibility and a quote or a
/// locator are required; the use case says which are missing, field by field.
/// </summary>
/// <param name="Status">The state asserted.</param>
/// <param name="AsOf">The date the state refers to, as text: <c>2020-12-14</c>, <c>2020-12</c>, <c>~2001</c>.</param>
/// <param name="SourceId">The registered source the assertion rests on.</param>
/// <param name="Quote">The source's words.</param>
/// <param name="Locator">Where in the source to look ("row 17", "00:41").</param>
/// <param name="Credibility">How believable the information is, 1 to 6.</param>
/// <param name="IncidentId">The incident the state arose in, if any.</param>
/// <param name="PlaceId">Where the person was, if the source says.</param>
/// <param name="Note">A caseworker's remark.</param>
public sealed record FateInput(
    FateStatus? Status,
    string? AsOf,
    Guid? SourceId,
    string? Quote,
    string? Locator,
    Credibility? Credibility,
    Guid? IncidentId = null,
    Guid? PlaceId = null,
    string? Note = null);
