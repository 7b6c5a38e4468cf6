using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Whereabouts.Cli.Reports;

/// <summary>
/// The JSON settings of <c>whereabouts report</c>: the web API's (camelCase names, nulls written)
/// so that a script reads either the same way, but indented and with the letters of every script
/// written as they are rather than as escapes.
/// </summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static async Task WriteAsync(TextWriter output, object document)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(document, Options)).ConfigureAwait(false);
    }
}
