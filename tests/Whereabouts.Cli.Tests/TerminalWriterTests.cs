using Microsoft.Data.Sqlite;
using Whereabouts.Cli.Tests.Support;

namespace Whereabouts.Cli.Tests;

public sealed class TerminalWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Invented\u001b[2KName", "Invented\\u001b[2KName")]
    [InlineData("Invented\0\b\u007f\u009bName", "Invented\\u0000\\u0008\\u007f\\u009bName")]
    [InlineData("Invented \u202eemaN", "Invented \\u202eemaN")]
    [InlineData("line\r\nline\ttab\n", "line\r\nline\ttab\n")]
    [InlineData("Invented\rName", "Invented\\rName")]
    public void Write_WhatATerminalWouldObey_IsShownEscaped(string written, string shown)
    {
        using var inner = new StringWriter();
        using (var terminal = new TerminalWriter(inner, passCarriageReturns: false))
        {
            terminal.Write(written);
        }

        Assert.Equal(shown, inner.ToString());
    }

    [Fact]
    public void Write_CarriageReturnAndLineFeedInSeparateWrites_StayALineEnd()
    {
        using var inner = new StringWriter();
        using var terminal = new TerminalWriter(inner, passCarriageReturns: false);

        terminal.Write("Invented\r");
        terminal.Write('\n');

        Assert.Equal("Invented\r\n", inner.ToString());
    }

    [Fact]
    public void Write_ProgressBarsCarriageReturn_PassesOnTheErrorWriter()
    {
        using var inner = new StringWriter();
        using var terminal = new TerminalWriter(inner, passCarriageReturns: true);

        terminal.Write("\r 50%\r");

        Assert.Equal("\r 50%\r", inner.ToString());
    }

    [Fact]
    public async Task RunAsync_NameWithAnEscapeSequenceInAnOlderRegistry_IsPrintedVisiblyNotObeyed()
    {
        // The registry refuses such a name today; one stored before (or by hand) must still not
        // be able to erase its own line in a terminal.
        var db = await FormulaRegistry.CreateAsync(_folder);
        await using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE People SET Names = replace(Names, 'Invented-Formula', 'Invented\\u001b[2KFormula');"
                + "UPDATE PersonIndex SET DisplayName = replace(DisplayName, 'Invented-Formula', 'Invented' || char(27) || '[2KFormula')";
            Assert.Equal(2, await update.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        using var terminal = new TerminalWriter(output, passCarriageReturns: false);

        var code = await WhereaboutsCli.RunAsync(["report", "still-held", "--side", "armenian", "--as-of", "2020-12-01", "--db", db], terminal, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("Invented\\u001b[2KFormula", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output.ToString());
    }
}
