using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application;
using Whereabouts.Application.Ingestion;
using Whereabouts.Ingestion;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Claims.Languages;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts ingest FILE... [--json]</c>: reads articles and statements and prints their text, metadata, count claims and mentions.</summary>
internal static class IngestCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,

        // Armenian, Cyrillic and Azerbaijani letters stay letters; the output is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Articles or statements: .html, .htm (also gzipped, .gz) or .txt.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per file (file, title, published, authors, site, language, text, claims, places, people)." };
        var command = new Command("ingest", "Read articles and statements: main text, metadata, every count of missing, captured, held, released, killed, wounded or arrested people, and the registry's places and people they mention. Saves nothing.")
        {
            files,
            json,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, database =>
            RunAsync(context, database, parse.GetValue(files)!, parse.GetValue(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Storage.WhereaboutsDatabase database, FileInfo[] files, bool json, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddWhereaboutsRegistry(database.Location);
        await using var provider = services.BuildServiceProvider();
        var ingest = provider.GetRequiredService<ArticleIngest>();
        var (read, failed) = await ReadEachAsync(files, ingest.ReadAsync, context.Error, cancellationToken).ConfigureAwait(false);

        if (json)
        {
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(read, Json)).ConfigureAwait(false);
        }
        else
        {
            foreach (var article in read)
            {
                await WriteSummaryAsync(context.Output, article).ConfigureAwait(false);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// Reads every file with <paramref name="read"/>, each on its own: a file that cannot be read,
    /// or on which the engine fails, is reported on <paramref name="error"/> by name and the
    /// others are still read.
    /// </summary>
    internal static async Task<(List<IngestedArticle> Read, int Failed)> ReadEachAsync(
        IReadOnlyList<FileInfo> files,
        Func<Stream, string, CancellationToken, Task<IngestedArticle>> read,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var articles = new List<IngestedArticle>();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                await using var stream = file.OpenRead();
                articles.Add(await read(stream, file.Name, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is IngestionInputException or IOException or UnauthorizedAccessException)
            {
                // One unreadable file does not stop the others.
                failed++;
                await error.WriteLineAsync(e is IngestionInputException ? $"error: {e.Message}" : $"error: {file.Name}: {e.Message}").ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // An engine bug on one file must not lose the others: name the file and the fault
                // so it can be reported, and go on.
                failed++;
                await error.WriteLineAsync($"error: {file.Name}: reading this file failed unexpectedly ({e.GetType().Name}: {e.Message}); the other files were read; please report it with the file").ConfigureAwait(false);
            }
        }

        return (articles, failed);
    }

    private static async Task WriteSummaryAsync(TextWriter output, IngestedArticle article)
    {
        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"== {article.File}").ConfigureAwait(false);
        await output.WriteLineAsync($"title:     {article.Title ?? "(none)"}").ConfigureAwait(false);
        await output.WriteLineAsync($"published: {article.Published?.ToString("yyyy-MM-dd", invariant) ?? "(unknown)"}").ConfigureAwait(false);
        await output.WriteLineAsync($"site:      {article.Site ?? "(unknown)"}; authors: {(article.Authors.Count == 0 ? "(none named)" : string.Join(", ", article.Authors))}").ConfigureAwait(false);
        await output.WriteLineAsync($"language:  {LanguageLine(article.Language)}").ConfigureAwait(false);
        var paragraphs = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        await output.WriteLineAsync(string.Create(invariant, $"text:      {paragraphs} paragraphs, {article.Text.Length:N0} characters")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"claims:    {article.Claims.Count}")).ConfigureAwait(false);
        foreach (var claim in article.Claims)
        {
            // A vague claim ("several dozen") states no number; its Count is only the least its words mean.
            var count = claim.Qualifier == ClaimValues.Vague ? "no number"
                : claim.CountMax is { } max ? string.Create(invariant, $"{claim.Count}–{max}")
                : claim.Count.ToString(invariant);
            var who = claim.Source ?? "the article";
            var date = claim.Date?.ToString("yyyy-MM-dd", invariant) ?? "undated";
            await output.WriteLineAsync($"  {count} {claim.Category} ({claim.Qualifier}), side {claim.Side ?? "?"}, {claim.Status} by {who}, {date}").ConfigureAwait(false);
            await output.WriteLineAsync($"    \"{claim.Quote}\"").ConfigureAwait(false);
        }

        if (article.Claims.Count == 0)
        {
            await output.WriteLineAsync($"           no count claims were found in the {LanguageDetector.NameOf(article.Language)} text").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"places:    {(article.Places.Count == 0 ? "(none)" : string.Join(", ", article.Places))}").ConfigureAwait(false);
        await output.WriteLineAsync($"people:    {(article.People.Count == 0 ? "(none)" : string.Join(", ", article.People))}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
    }

    private static string LanguageLine(string code) =>
        code == LanguageDetector.Undetermined ? "undetermined (read by the English rules)"
        : CountClaimExtractor.ReadsLanguage(code) ? $"{LanguageDetector.NameOf(code)} ({code})"
        : $"{LanguageDetector.NameOf(code)} ({code}); claims are not read in this language yet";
}
