using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A registry record likely to be the person a registration describes, with the engine's reasons.</summary>
/// <param name="Id">The record.</param>
/// <param name="Name">Its primary name.</param>
/// <param name="BirthYear">Its year of birth, when known.</param>
/// <param name="Side">Its party's slug, when recorded.</param>
/// <param name="Probability">The engine's match probability.</param>
/// <param name="Why">Each field: the level reached, the entered and the recorded value as compared, and the weight it added.</param>
internal sealed record DuplicateCandidateResource(Guid Id, string Name, int? BirthYear, string? Side, double Probability, IReadOnlyList<DuplicateReasonResource> Why)
{
    public static DuplicateCandidateResource From(DuplicateCandidate candidate) => new(
        candidate.PersonId,
        candidate.Name,
        candidate.BirthYear,
        candidate.Side,
        Math.Round(candidate.Probability, 4),
        [.. candidate.Why.Select(f => new DuplicateReasonResource(f.Field, f.Level, f.ListValue, f.RegistryValue, Math.Round(f.Weight, 2), f.Detail))]);
}
