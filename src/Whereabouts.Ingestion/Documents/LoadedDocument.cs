namespace Whereabouts.Ingestion.Documents;

/// <summary>A document decompressed and decoded: its text and how to read it.</summary>
internal sealed record LoadedDocument(string FileName, DocumentKind Kind, string Text);
