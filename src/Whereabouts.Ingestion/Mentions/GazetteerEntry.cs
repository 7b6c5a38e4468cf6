namespace Whereabouts.Ingestion.Mentions;

/// <summary>A place the finder looks for: its id, the name it is shown by, and every spelling it may be written in.</summary>
public sealed record GazetteerEntry(Guid Id, string Name, IReadOnlyList<string> Spellings);
