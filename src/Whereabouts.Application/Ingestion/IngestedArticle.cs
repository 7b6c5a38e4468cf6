using Whereabouts.Ingestion.Claims;

namespace Whereabouts.Application.Ingestion;

/// <summary>What was read from one document: its metadata, main text, count claims, and the registry's places and people it mentions.</summary>
/// <param name="File">The file name.</param>
/// <param name="Title">The title, if found.</param>
/// <param name="Published">The publication date, if found.</param>
/// <param name="Authors">The authors, if named.</param>
/// <param name="Site">The site or publisher, if named.</param>
/// <param name="Language">The language the text was read in (ISO 639-1, or <c>und</c>); the claims were read by its rules.</param>
/// <param name="Text">The main text, paragraphs separated by newlines.</param>
/// <param name="Claims">Every statement of how many people are missing, captured, held, released, killed, wounded or arrested.</param>
/// <param name="Places">Gazetteer places mentioned, by the name the registry shows.</param>
/// <param name="People">Registry people whose names appear (as the registry shows them).</param>
public sealed record IngestedArticle(
    string File,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<string> Authors,
    string? Site,
    string Language,
    string Text,
    IReadOnlyList<CountClaim> Claims,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> People);
