using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Whereabouts.Application.Tests.Support;

/// <summary>Reads and rewrites a CSV file of a snapshot, so a test can spoil one field and leave the rest as written.</summary>
internal static class SnapshotCsvFiles
{
    public static List<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add(csv.Record!);
        }

        return records;
    }

    public static void Write(string path, IEnumerable<string[]> records)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var record in records)
        {
            foreach (var field in record)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
