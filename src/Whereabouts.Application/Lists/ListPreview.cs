using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;
using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>How a file was read, before anything is imported: what it is, its sheets, the layout found, and its first rows both as written and as read.</summary>
/// <param name="FileName">The file.</param>
/// <param name="Format">What the bytes were.</param>
/// <param name="Encoding">For a text file, the encoding it was read in.</param>
/// <param name="Delimiter">For a text file, the character between fields.</param>
/// <param name="Sheets">The workbook's sheets (empty for a text file).</param>
/// <param name="Layout">Where the header is, what each column holds, the order of a full name.</param>
/// <param name="Header">The header row as written.</param>
/// <param name="Written">The first rows below the header, as written.</param>
/// <param name="Read">The same rows as read (names split, dates read); a row with a problem is missing here.</param>
/// <param name="RowCount">How many rows the list has below its header.</param>
/// <param name="Problems">Every problem found in the list's cells, with its place.</param>
public sealed record ListPreview(
    string FileName,
    TableFormat Format,
    string? Encoding,
    char? Delimiter,
    IReadOnlyList<string> Sheets,
    ListLayout Layout,
    TableRow Header,
    IReadOnlyList<TableRow> Written,
    IReadOnlyList<ListRowValues> Read,
    int RowCount,
    IReadOnlyList<Sentence> Problems);
