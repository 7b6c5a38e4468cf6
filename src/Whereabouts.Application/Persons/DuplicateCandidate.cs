using Whereabouts.Application.Lists;

namespace Whereabouts.Application.Persons;

/// <summary>A registry record the linkage engine finds likely to be the person being registered.</summary>
/// <param name="PersonId">The record.</param>
/// <param name="Name">Its primary name.</param>
/// <param name="BirthYear">Its year of birth, when known.</param>
/// <param name="Side">Its party's slug, when recorded.</param>
/// <param name="Probability">The engine's match probability.</param>
/// <param name="Weight">The engine's match weight (log2 of the odds).</param>
/// <param name="Why">The engine's reasons, field by field: the entered value (<see cref="ReviewField.ListValue"/>) against the record's.</param>
public sealed record DuplicateCandidate(Guid PersonId, string Name, int? BirthYear, string? Side, double Probability, double Weight, IReadOnlyList<ReviewField> Why);
