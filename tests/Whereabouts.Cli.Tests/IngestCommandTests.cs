using System.Text.Json;
using Whereabouts.Cli.Tests.Support;

namespace Whereabouts.Cli.Tests;

/// <summary><c>ingest</c> on two invented articles (TestData/Articles) against the demo registry.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-cli-tests", Guid.NewGuid().ToString("N"));

    private string DbFile => Path.Combine(_folder, "registry.db");

    private static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Articles", name);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task IngestJson_HtmlArticle_GivesMetadataBodyClaimsAndMentions()
    {
        var articles = await IngestJsonAsync(Article("invented-exchange.html"));

        var article = Assert.Single(articles.EnumerateArray());
        Assert.Equal("invented-exchange.html", article.GetProperty("file").GetString());
        Assert.Equal("Invented: families in Stepanakert wait for news after exchange", article.GetProperty("title").GetString());
        Assert.Equal("2021-01-15", article.GetProperty("published").GetString());
        Assert.Equal("Invented Daily", article.GetProperty("site").GetString());
        Assert.Equal(["Anna Testwriter"], article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("This article is invented", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on social media", text, StringComparison.Ordinal);
        Assert.DoesNotContain("has covered the region", text, StringComparison.Ordinal);
        Assert.DoesNotContain("500 were captured", text, StringComparison.Ordinal);

        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        var returned = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 44);
        Assert.Equal(("released", "exact", "armenian", "the Ministry of Defense", "asserted", "2021-01-14"), Fields(returned));
        var held = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 60);
        Assert.Equal(("held", "at_least", "asserted"), (Text(held, "category"), Text(held, "qualifier"), Text(held, "status")));
        var denied = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 73);
        Assert.Equal(("denied", "Baku"), (Text(denied, "status"), Text(denied, "source")));
        var range = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 40);
        Assert.Equal((140, "range", "missing"), (range.GetProperty("count_max").GetInt32(), Text(range, "qualifier"), Text(range, "category")));

        // Durations, ages, years, villages and the comment thread are not claims.
        Assert.DoesNotContain(claims, c => c.GetProperty("count").GetInt32() is 19 or 12 or 30 or 500 or 2020);
        Assert.Equal(["Stepanakert", "Baku", "Azerbaijan", "Shushi", "Hadrut"], article.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Garik Harutyunyan"], article.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task IngestJson_TextStatement_DropsTheBlurbAndCommentsAndFindsACyrillicName()
    {
        var articles = await IngestJsonAsync(Article("invented-statement.txt"));

        var article = Assert.Single(articles.EnumerateArray());
        Assert.Equal("2021-02-03", article.GetProperty("published").GetString());
        var text = article.GetProperty("text").GetString()!;
        Assert.DoesNotContain("About the author", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader A", text, StringComparison.Ordinal);
        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal([10, 20], claims.Select(c => c.GetProperty("count").GetInt32()).Order());
        var handedOver = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 10);
        Assert.Equal(("released", "azerbaijani", "2021-02-02"), (Text(handedOver, "category"), Text(handedOver, "side"), Text(handedOver, "date")));
        var missing = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 20);
        Assert.Equal(("missing", "about", "armenian"), (Text(missing, "category"), Text(missing, "qualifier"), Text(missing, "side")));
        Assert.Equal(["Shushi"], article.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Garik Harutyunyan"], article.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Ingest_UnreadableFileAmongOthers_ReportsItAndProcessesTheRest()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var broken = Path.Combine(_folder, "broken.html.gz");
        await File.WriteAllBytesAsync(broken, [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02], TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("ingest", broken, Article("invented-statement.txt"), "--json", "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: broken.html.gz", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["invented-statement.txt"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Ingest_ParagraphStartingWithAndAmongOtherFiles_PrintsEveryFile()
    {
        // The case: a paragraph beginning with "And" used to crash the engine (exit 134) and lose every file.
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var and = Path.Combine(_folder, "and.txt");
        await File.WriteAllTextAsync(and, "And five soldiers were captured.\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("ingest", Article("invented-exchange.html"), and, Article("invented-statement.txt"), "--json", "--db", DbFile);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["invented-exchange.html", "and.txt", "invented-statement.txt"], files.Select(a => a.GetProperty("file").GetString()));
        Assert.Contains(files[1].GetProperty("claims").EnumerateArray(), c => c.GetProperty("count").GetInt32() == 5);
    }

    [Fact]
    public async Task ReadEachAsync_EngineFailsOnOneFile_NamesItAndReadsTheOthers()
    {
        Directory.CreateDirectory(_folder);
        string[] names = ["a.html", "b.txt", "c.html"];
        var files = names.Select(name => new FileInfo(Path.Combine(_folder, name))).ToArray();
        foreach (var file in files)
        {
            await File.WriteAllTextAsync(file.FullName, "invented", TestContext.Current.CancellationToken);
        }

        using var error = new StringWriter();
        var (read, failed) = await Commands.IngestCommand.ReadEachAsync(
            files,
            (_, name, _) => name == "b.txt"
                ? throw new InvalidOperationException("an invented engine fault")
                : Task.FromResult(new Application.Ingestion.IngestedArticle(name, null, null, [], null, "en", "invented", [], [], [])),
            error,
            TestContext.Current.CancellationToken);

        Assert.Equal(1, failed);
        Assert.Equal(["a.html", "c.html"], read.Select(a => a.File));
        Assert.Contains("error: b.txt: reading this file failed unexpectedly (InvalidOperationException: an invented engine fault)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithoutJson_PrintsAReadableSummary()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);

        var run = await CliRun.RunAsync("ingest", Article("invented-statement.txt"), "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("title:     Invented statement: ten soldiers handed over", run.Output, StringComparison.Ordinal);
        Assert.Contains("10 released (exact), side azerbaijani, asserted by the ombudsman's office, 2021-02-02", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestJson_RussianStatement_SaysItIsRussianAndReadsItsClaims()
    {
        var articles = await IngestJsonAsync(Article("invented-statement-ru.txt"));

        var article = Assert.Single(articles.EnumerateArray());
        Assert.Equal("ru", article.GetProperty("language").GetString());
        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal([10, 20], claims.Select(c => c.GetProperty("count").GetInt32()).Order());
        var handedOver = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 10);
        Assert.Equal(("released", "azerbaijani", "омбудсмена", "2021-02-02"), (Text(handedOver, "category"), Text(handedOver, "side"), Text(handedOver, "source"), Text(handedOver, "date")));
        var missing = Assert.Single(claims, c => c.GetProperty("count").GetInt32() == 20);
        Assert.Equal(("missing", "about", "armenian"), (Text(missing, "category"), Text(missing, "qualifier"), Text(missing, "side")));
    }

    [Fact]
    public async Task Ingest_WithoutJson_SaysWhichLanguageItRead()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);

        var run = await CliRun.RunAsync("ingest", Article("invented-statement-ru.txt"), Article("invented-statement.txt"), "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("language:  Russian (ru)", run.Output, StringComparison.Ordinal);
        Assert.Contains("language:  English (en)", run.Output, StringComparison.Ordinal);
    }

    private async Task<JsonElement> IngestJsonAsync(string file)
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var run = await CliRun.RunAsync("ingest", file, "--json", "--db", DbFile);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.Clone();
    }

    private static string? Text(JsonElement claim, string field) => claim.GetProperty(field).GetString();

    private static (string?, string?, string?, string?, string?, string?) Fields(JsonElement claim) =>
        (Text(claim, "category"), Text(claim, "qualifier"), Text(claim, "side"), Text(claim, "source"), Text(claim, "status"), Text(claim, "date"));
}
