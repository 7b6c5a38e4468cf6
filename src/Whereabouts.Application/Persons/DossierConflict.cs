namespace Whereabouts.Application.Persons;

/// <summary>Two credible assertions about a person that cannot both be true.</summary>
/// <param name="FirstId">The assertion with the earlier (or equal) date.</param>
/// <param name="SecondId">The assertion with the later date.</param>
/// <param name="Description">A sentence naming both sides.</param>
public sealed record DossierConflict(Guid FirstId, Guid SecondId, string Description);
