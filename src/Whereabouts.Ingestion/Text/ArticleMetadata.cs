namespace Whereabouts.Ingestion.Text;

/// <summary>What a document states about itself; any part may be missing.</summary>
internal sealed record ArticleMetadata(string? Title, DateOnly? Published, IReadOnlyList<string> Authors, string? Site);
