namespace Whereabouts.Application.Ingestion;

/// <summary>A document archived as a new source, with the claims read from it waiting for review.</summary>
/// <param name="SourceId">The new source.</param>
/// <param name="Title">Its title.</param>
/// <param name="Sha256">The SHA-256 of the archived document.</param>
/// <param name="ClaimsProposed">How many count claims wait for review.</param>
/// <param name="Places">Gazetteer places the document mentions.</param>
/// <param name="People">Registry people the document names.</param>
/// <param name="Language">The language the document was read in (ISO 639-1, or <c>und</c>).</param>
public sealed record IngestedSource(
    Guid SourceId,
    string Title,
    string Sha256,
    int ClaimsProposed,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> People,
    string Language);
