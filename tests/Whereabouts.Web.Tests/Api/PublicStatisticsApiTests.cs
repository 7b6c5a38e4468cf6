using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

/// <summary>
/// GET /api/v1/public/statistics and the public page: open to anyone, and nothing on them may point
/// to a person — no name, no identifier, no count under 5, and no hidden count that the total and
/// the visible counts give away.
/// </summary>
public sealed partial class PublicStatisticsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const int ShortestTellingFamilyName = 6;

    [Fact]
    public async Task Get_WithoutAKey_AnswersTheDemoFiguresAsAggregates()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(5, root.GetProperty("threshold").GetInt32());
        Assert.Contains("armenian", root.GetProperty("sides").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(root.GetProperty("rows").EnumerateArray(), r => r.GetProperty("fate").GetString() == "Repatriated");
        Assert.True(root.GetProperty("total").GetInt32() >= 5);
        AssertNothingIdentifies(json, DemoCatalog.Build().People);
    }

    [Fact]
    public async Task Get_TheRestOfTheApiWithoutAKey_IsStillRefused()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2030-01-01")]
    [InlineData("2020-02-30")]
    public async Task Get_AsOfNotADayThatHasCome_Is400NamingAsOf(string asOf)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/public/statistics?asOf=" + asOf, UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var messages = document.RootElement.GetProperty("errors").GetProperty("asOf");
        Assert.Contains(asOf, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2030-01-01")]
    public async Task Get_RecordedOnNotADayThatHasCome_Is400NamingRecordedOn(string recordedOn)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/public/statistics?asOf=2020-12-16&recordedOn=" + recordedOn, UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["recordedOn"], document.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Get_RecordedOnADay_AnswersTheFiguresTheRegistryHeldThen()
    {
        using var client = app.Anonymous();

        // The demo's fates were all recorded on 15 January 2026.
        var before = await client.GetStringAsync(new Uri("/api/v1/public/statistics?asOf=2020-12-16&recordedOn=2026-01-14", UriKind.Relative), TestContext.Current.CancellationToken);
        var after = await client.GetStringAsync(new Uri("/api/v1/public/statistics?recordedOn=2026-01-15", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync(new Uri("/?asOf=2020-12-16&recordedOn=2026-01-14", UriKind.Relative), TestContext.Current.CancellationToken);

        using var empty = JsonDocument.Parse(before);
        using var held = JsonDocument.Parse(after);
        Assert.Equal(("2020-12-16", "2026-01-14"), (empty.RootElement.GetProperty("asOf").GetString(), empty.RootElement.GetProperty("recordedOn").GetString()));
        Assert.Empty(empty.RootElement.GetProperty("sides").EnumerateArray());
        Assert.Equal(("2026-01-15", "2026-01-15"), (held.RootElement.GetProperty("asOf").GetString(), held.RootElement.GetProperty("recordedOn").GetString()));
        Assert.True(held.RootElement.GetProperty("total").GetInt32() >= 5);
        Assert.Contains("as of 16 December 2020, as recorded on 14 January 2026", page, StringComparison.Ordinal);
        Assert.Contains("id=\"as-recorded\"", page, StringComparison.Ordinal);
        AssertNothingIdentifies(after, DemoCatalog.Build().People);
    }

    [Fact]
    public async Task Get_AsOfADay_AnswersTheFiguresOfThatDay()
    {
        using var client = app.Anonymous();

        var json = await client.GetStringAsync(new Uri("/api/v1/public/statistics?asOf=2020-10-01", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("2020-10-01", document.RootElement.GetProperty("asOf").GetString());
        AssertNothingIdentifies(json, DemoCatalog.Build().People);
    }

    [Fact]
    public async Task GetPage_DemoRegistry_ShowsTheSameTotalAndNothingThatIdentifies()
    {
        using var client = app.Anonymous();

        var json = await client.GetStringAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        Assert.Contains($"People with a recorded fate: {document.RootElement.GetProperty("total").GetInt32()}.", html, StringComparison.Ordinal);
        AssertNoNameOrId(html, DemoCatalog.Build().People);
    }

    [Fact]
    public async Task Get_HandMadeRegistryWithOneSmallCell_HidesItAndASecondCell()
    {
        // 12 + 7 + 3 people: a total of 22 beside 12 and 7 would give the 3 away.
        await using var registry = new HandMadeRegistry()
            .With(12, FateStatus.Repatriated, "armenian")
            .With(7, FateStatus.Missing, "armenian")
            .With(3, FateStatus.Deceased, "armenian");
        using var client = await registry.StartAsync();

        var json = await client.GetStringAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(12, Cell(document, "Repatriated", "armenian"));
        Assert.Null(Cell(document, "Missing", "armenian"));
        Assert.Null(Cell(document, "Deceased", "armenian"));
        Assert.Equal(22, document.RootElement.GetProperty("total").GetInt32());
        AssertNothingIdentifies(json, registry.People);
        AssertNoNameOrId(html, registry.People);
        Assert.DoesNotContain(">7<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">3<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HandMadeRegistryOfFourPeople_ShowsNoNumberAtAll()
    {
        await using var registry = new HandMadeRegistry().With(4, FateStatus.CaptureConfirmed, "azerbaijani");
        using var client = await registry.StartAsync();

        var json = await client.GetStringAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("total").ValueKind);
        Assert.All(document.RootElement.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("countsBySide").EnumerateObject()), c => Assert.Equal(JsonValueKind.Null, c.Value.ValueKind));
        AssertNothingIdentifies(json, registry.People);
    }

    [Fact]
    public async Task Get_AskedAgainAndAgain_AnswersTheSameSuppressedFiguresEachTime()
    {
        // Repeated answers come from the cache: they must be as suppressed as the first.
        await using var registry = new HandMadeRegistry()
            .With(12, FateStatus.Repatriated, "armenian")
            .With(7, FateStatus.Missing, "armenian")
            .With(3, FateStatus.Deceased, "armenian");
        using var client = await registry.StartAsync();

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.GetStringAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), TestContext.Current.CancellationToken));
            answers.Add(await client.GetStringAsync(new Uri("/api/v1/public/statistics?asOf=2021-01-01", UriKind.Relative), TestContext.Current.CancellationToken));
        }

        Assert.All(answers, json =>
        {
            using var document = JsonDocument.Parse(json);
            Assert.Equal(12, Cell(document, "Repatriated", "armenian"));
            Assert.Null(Cell(document, "Missing", "armenian"));
            Assert.Null(Cell(document, "Deceased", "armenian"));
            AssertNothingIdentifies(json, registry.People);
        });
        Assert.Equal(answers[0], answers[2]);
        Assert.Equal(answers[1], answers[3]);
    }

    /// <summary>No name, no id, every count null or at least 5, and no hidden count the total gives away.</summary>
    private static void AssertNothingIdentifies(string json, IEnumerable<Person> people)
    {
        AssertNoNameOrId(json, people);
        using var document = JsonDocument.Parse(json);
        var cells = document.RootElement.GetProperty("rows").EnumerateArray()
            .SelectMany(r => r.GetProperty("countsBySide").EnumerateObject())
            .Select(c => c.Value.ValueKind == JsonValueKind.Null ? (int?)null : c.Value.GetInt32())
            .ToList();
        Assert.All(cells, c => Assert.True(c is null or >= 5, $"A cell shows {c}."));
        if (document.RootElement.GetProperty("total").ValueKind == JsonValueKind.Number)
        {
            var hidden = cells.Count(c => c is null);
            var hiddenPeople = document.RootElement.GetProperty("total").GetInt32() - cells.Sum(c => c ?? 0);
            Assert.True(hidden != 1, "A single hidden cell is the total minus the visible ones.");
            Assert.True(hiddenPeople is 0 or >= 5, $"The hidden cells together hold {hiddenPeople} people.");
        }
    }

    private static void AssertNoNameOrId(string text, IEnumerable<Person> people)
    {
        Assert.False(Guid().IsMatch(text), "The answer holds an identifier.");
        foreach (var person in people)
        {
            foreach (var name in person.Names)
            {
                if (name.GivenName is not null && name.FamilyName is not null)
                {
                    Assert.DoesNotContain(name.GivenName + " " + name.FamilyName, text, StringComparison.OrdinalIgnoreCase);
                }

                if (name.FamilyName is { Length: >= ShortestTellingFamilyName } family)
                {
                    Assert.DoesNotContain(family, text, StringComparison.OrdinalIgnoreCase);
                }

                if (name.GivenName is { Length: >= ShortestTellingFamilyName } given && !CommonWord(given))
                {
                    Assert.DoesNotContain(given, text, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    // Given names that are also words of the page ("Missing" is no one's name, but be explicit).
    private static bool CommonWord(string name) => name is "Invented";

    private static int? Cell(JsonDocument document, string fate, string side)
    {
        var row = document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("fate").GetString() == fate);
        var cell = row.GetProperty("countsBySide").GetProperty(side);
        return cell.ValueKind == JsonValueKind.Null ? null : cell.GetInt32();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
