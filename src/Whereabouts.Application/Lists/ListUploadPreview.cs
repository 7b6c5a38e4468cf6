using Whereabouts.Tables.Reading;
using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>
/// How an upload reads with its current mapping: the preview; or, when it cannot be read as a
/// list (no name column recognised, a header line past the end…), the problems and the sheet's
/// first rows as written, so that a person can say what its columns hold.
/// </summary>
/// <param name="Preview">The preview, or null when the file cannot be read as a list.</param>
/// <param name="Problems">Why it cannot be read, each problem with its place (empty with a preview; the preview has its own).</param>
/// <param name="Rows">Without a preview, the first rows of the sheet as written (empty when the file cannot be read at all).</param>
/// <param name="Sheets">Without a preview, the workbook's sheets.</param>
public sealed record ListUploadPreview(ListPreview? Preview, IReadOnlyList<Sentence> Problems, IReadOnlyList<TableRow> Rows, IReadOnlyList<string> Sheets);
