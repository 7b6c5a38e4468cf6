using System.Text;
using System.Text.Json;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

public sealed class PersonExporterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TestDatabase _db = null!;
    private Person _person = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var video = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.Video, "Invented video, \"unverified\"", Reliability: Reliability.F));
        var statement = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, "Invented statement"));
        _person = new Person(
            Guid.NewGuid(),
            new PersonName("Elvin", "Məmmədov", "Rəşad oğlu", "family report, Ganja"),
            new PersonDetails(Sex.Male, PartialDate.OfYear(2001), Side: "azerbaijani", Role: ServiceRole.Soldier),
            isInvented: true);
        _person.AddName(new PersonName("Эльвин", "Мамедов", "Рашад оглы", "list"));
        _person.AssertFate(new FateAssertion(Guid.NewGuid(), FateStatus.Deceased, PartialDate.OfDay(2020, 12, 12), new Evidence(statement.Id, "He died.", null, Credibility.ProbablyTrue), "test", Recorded));
        _person.AssertFate(new FateAssertion(Guid.NewGuid(), FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 15), new Evidence(video.Id, null, "00:41", Credibility.PossiblyTrue), "test", Recorded));
        await using var context = _db.NewContext();
        context.AddRange(video, statement, _person);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task ExportAsync_Csv_RecordsJudgedOnePersonShareTheIdentityColumn()
    {
        var other = new Person(Guid.NewGuid(), new PersonName("Elvin", "Mammadov", null, "ICRC list (invented)"), new PersonDetails(Side: "azerbaijani"), isInvented: true);
        await using (var context = _db.NewContext())
        {
            context.Add(other);
            await context.SaveChangesAsync(Cancel);
        }

        await new Whereabouts.Application.Identities.SamePersonJudgements(_db.Database, new Whereabouts.Application.Common.FixedActor("caseworker-1"), TimeProvider.System)
            .JudgeAsync(other.Id, _person.Id, MatchDecision.Same, "One man (invented).", confirmed: false, cancellationToken: Cancel);
        using var stream = new MemoryStream();

        var count = await new PersonExporter(_db.Database).ExportAsync(stream, ExportFormat.Csv, Cancel);

        Assert.Equal(2, count);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",identity_id", lines[0].TrimEnd('\r'), StringComparison.Ordinal);
        var identity = (_person.Id.CompareTo(other.Id) < 0 ? _person.Id : other.Id).ToString();
        Assert.All(lines.Skip(1), line => Assert.EndsWith("," + identity, line.TrimEnd('\r'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAsync_Csv_NameThatIsAFormula_ComesOutAsText()
    {
        await using (var context = _db.NewContext())
        {
            context.Add(new Person(Guid.NewGuid(), new PersonName("=1+1", "Invented-Formula"), isInvented: true));
            await context.SaveChangesAsync(Cancel);
        }

        using var stream = new MemoryStream();

        await new PersonExporter(_db.Database).ExportAsync(stream, ExportFormat.Csv, Cancel);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains(",\"'=1+1\",Invented-Formula,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_Json_HasEveryNameFormTheContestedFateAndItsSources()
    {
        using var stream = new MemoryStream();

        var count = await new PersonExporter(_db.Database).ExportAsync(stream, ExportFormat.Json, Cancel);

        Assert.Equal(1, count);
        var person = Assert.Single(JsonDocument.Parse(stream.ToArray()).RootElement.EnumerateArray());
        Assert.Equal(_person.Id, person.GetProperty("id").GetGuid());
        Assert.Equal(["latin", "cyrillic"], person.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("script").GetString()));
        Assert.Equal("Rəşad oğlu", person.GetProperty("names")[0].GetProperty("patronymic").GetString());
        var fate = person.GetProperty("fate");
        Assert.Equal("capture_confirmed", fate.GetProperty("status").GetString());
        Assert.True(fate.GetProperty("contested").GetBoolean());
        Assert.Equal(2, person.GetProperty("sources").GetArrayLength());
        Assert.Contains("Məmmədov", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_Csv_QuotesFieldsWithCommasAndQuotes()
    {
        using var stream = new MemoryStream();

        await new PersonExporter(_db.Database).ExportAsync(stream, ExportFormat.Csv, Cancel);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"Elvin Rəşad oğlu Məmmədov [latin; family report, Ganja] | Эльвин Рашад оглы Мамедов [cyrillic; list]\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("capture_confirmed,2020-12-15,true", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Invented statement | Invented video, \"\"unverified\"\"\"", lines[1], StringComparison.Ordinal);
    }
}
