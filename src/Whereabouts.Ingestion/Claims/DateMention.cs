namespace Whereabouts.Ingestion.Claims;

/// <summary>A date expression in a sentence at characters [Start, End), resolved if possible.</summary>
internal sealed record DateMention(int Start, int End, DateOnly? Value);
