namespace Whereabouts.Ingestion.Claims;

/// <summary>Who said something, and where in the sentence (the token of the verb or of "according").</summary>
internal sealed record Attribution(int Position, string Source);
