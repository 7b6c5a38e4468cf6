namespace Whereabouts.Application.Lists;

/// <summary>How an upload reads with its current mapping: the preview, or the problems that keep it from being read as a list.</summary>
/// <param name="Preview">The preview, or null when the file cannot be read as a list.</param>
/// <param name="Problems">Why it cannot be read, each problem with its place (empty with a preview; the preview has its own).</param>
public sealed record ListUploadPreview(ListPreview? Preview, IReadOnlyList<string> Problems);
