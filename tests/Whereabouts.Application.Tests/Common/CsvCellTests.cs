using CsCheck;
using Whereabouts.Application.Common;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Application.Tests;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+Invented", "'+Invented")]
    [InlineData("-Invented", "'-Invented")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tInvented", "'\tInvented")]
    [InlineData("\rInvented", "'\rInvented")]
    [InlineData("'Invented", "''Invented")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+374", "+374")]
    [InlineData("Invented=1", "Invented=1")]
    [InlineData("", "")]
    public void Neutralised_CellASpreadsheetWouldRun_GetsAnApostrophe(string cell, string expected)
    {
        Assert.Equal(expected, CsvCell.Neutralised(cell));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'Invented")]
    [InlineData("''")]
    [InlineData("-12.5")]
    [InlineData("Invented")]
    public void Restored_NeutralisedCell_GivesBackTheTextWritten(string cell)
    {
        Assert.Equal(cell, CsvCell.Restored(CsvCell.Neutralised(cell)!));
    }

    [Fact]
    public void NeutralisedThenRestored_AnyText_IsTheTextAndNeverStartsAFormula()
    {
        HostileInput.Text.Sample(
            text =>
            {
                var cell = CsvCell.Neutralised(text)!;
                Assert.Equal(text, CsvCell.Restored(cell));
                Assert.False(cell.Length > 0 && cell[0] is '=' or '@' or '\t' or '\r', cell);
            },
            iter: HostileInput.Iterations);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("Invented, Person", "\"Invented, Person\"")]
    [InlineData("Invented", "Invented")]
    [InlineData(null, "")]
    public void Field_ForHandWrittenCsv_IsNeutralisedAndQuoted(string? cell, string expected)
    {
        Assert.Equal(expected, CsvCell.Field(cell));
    }
}
