using System.Security.Cryptography;
using System.Text;

namespace Whereabouts.Application.Lists;

/// <summary>
/// The fingerprint of a list's rows as read: what the list says, not how the file spells it. A
/// list saved again with a BOM, other line ends, another encoding, or exported to a workbook reads
/// into the same rows and so has the same fingerprint.
/// </summary>
internal static class ListFingerprints
{
    // Separators no cell contains after reading (the unit and record separators of ASCII).
    private const char Unit = '\u001F';
    private const char Record = '\u001E';

    public static string Of(IReadOnlyList<ListRowInput> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            // The list's own id, not the line: a title line more or less moves every line.
            foreach (var value in new[]
            {
                row.ListId, row.GivenName, row.FamilyName, row.Patronymic, row.BirthDateText, row.BirthPlace,
                row.Fate?.ToString(), row.AsOf?.ToString(), row.Side, row.Details.NameAsWritten, row.Details.Sex.ToString(),
                row.Details.Rank, row.Details.Unit, row.Details.ServiceNumber, row.Details.Notes,
            })
            {
                text.Append(value).Append(Unit);
            }

            foreach (var column in row.Details.OtherColumns ?? [])
            {
                text.Append(column.Header).Append('=').Append(column.Value).Append(Unit);
            }

            text.Append(Record);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
