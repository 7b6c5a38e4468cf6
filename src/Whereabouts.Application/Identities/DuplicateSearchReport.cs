namespace Whereabouts.Application.Identities;

/// <summary>What a search of the registry for duplicates did.</summary>
/// <param name="People">Registry records searched.</param>
/// <param name="ComparedPairs">Pairs of name forms the engine compared (after blocking).</param>
/// <param name="Proposed">New pairs put to a reviewer.</param>
/// <param name="AlreadyKnown">Likely pairs not proposed because they were proposed or judged before.</param>
/// <param name="Seconds">How long the search took.</param>
public sealed record DuplicateSearchReport(int People, long ComparedPairs, int Proposed, int AlreadyKnown, double Seconds);
