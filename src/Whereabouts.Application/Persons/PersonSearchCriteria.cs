using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>What to look for in the registry; every part is optional.</summary>
/// <param name="Text">Names in any script or spelling, or a person's id; each word must match a word of one of the person's names.</param>
/// <param name="Fate">Only people whose current fate is this.</param>
/// <param name="Side">Only people of the party with this slug (any case); <c>unknown</c> for people of no recorded party.</param>
/// <param name="IncidentId">Only people with a fate assertion about this incident.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Items per page (clamped to 1..500).</param>
/// <param name="Contested">Only people whose fate is contested (true) or not contested (false).</param>
/// <param name="NearSpellings">
/// Whether, when the words as spelled find few people, people found by a spelling one letter off
/// are added after them (see <see cref="NearSpellings"/>). Off for automatic linking, where a
/// near spelling must never be taken for the person.
/// </param>
public sealed record PersonSearchCriteria(
    string? Text = null,
    FateStatus? Fate = null,
    string? Side = null,
    Guid? IncidentId = null,
    int? Page = null,
    int? PageSize = null,
    bool? Contested = null,
    bool NearSpellings = true);
