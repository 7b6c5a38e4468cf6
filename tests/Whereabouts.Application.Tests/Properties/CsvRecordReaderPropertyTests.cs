using System.Text;
using CsCheck;
using Whereabouts.Application.Linkage;
using Whereabouts.Linkage;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Application.Tests.Properties;

/// <summary>The list reader on any bytes and any CSV: a table, or the documented <see cref="LinkageInputException"/>, within the time limit.</summary>
public sealed class CsvRecordReaderPropertyTests
{
    [Fact]
    public void Read_HostileCsv_ReturnsATableOrAnInputError()
    {
        Gen.Select(HostileInput.DocumentBytes(HostileInput.Csv), Gen.OneOf(",", ", ", ";", "\t", " ", string.Empty, "||")).Sample(
            (bytes, separator) => HostileInput.ReturnsOrRefuses<LinkageInputException>(() =>
            {
                var table = CsvRecordReader.Read(new MemoryStream(bytes, writable: false), "invented.csv", "id", separator);
                Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Length));
            }),
            iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void Read_WellFormedPersonList_ReadsEveryRow()
    {
        // Rows of hostile names that are quoted properly are all read, whatever their letters.
        Gen.Select(HostileInput.Name, HostileInput.Name).Array[0, 20].Sample(
            rows => HostileInput.Returns(() =>
            {
                var csv = new StringBuilder("id,given_name,family_name\n");
                for (var i = 0; i < rows.Length; i++)
                {
                    csv.Append('R').Append(i).Append(',').Append(Quote(rows[i].Item1)).Append(',').Append(Quote(rows[i].Item2)).Append('\n');
                }

                var bytes = new UTF8Encoding(false, throwOnInvalidBytes: false).GetBytes(csv.ToString());
                try
                {
                    Assert.Equal(rows.Length, CsvRecordReader.Read(new MemoryStream(bytes, writable: false), "invented.csv", "id").Count);
                }
                catch (LinkageInputException e) when (e.Message.Contains("UTF-8", StringComparison.Ordinal))
                {
                    // A lone surrogate has no UTF-8 form: the encoder wrote a replacement the reader may refuse.
                }
            }),
            iter: HostileInput.Iterations);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
