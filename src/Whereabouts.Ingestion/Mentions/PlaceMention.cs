namespace Whereabouts.Ingestion.Mentions;

/// <summary>A gazetteer place mentioned in a text: which place, and how the text wrote it the first time.</summary>
public sealed record PlaceMention(Guid Id, string Name, string Text);
