using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Support;

/// <summary>
/// A SQLite registry for the tests of what a tracing office must do next: invented people, their
/// fates, tracing requests received on given days, and the answers (family notifications naming a
/// request) recorded at given moments. Every person is marked invented.
/// </summary>
public sealed class TracingWorkRegistry : IAsyncDisposable
{
    private TracingWorkRegistry(TestDatabase db, Source source)
    {
        Db = db;
        Source = source;
    }

    public TestDatabase Db { get; }

    /// <summary>The invented source every assertion rests on.</summary>
    public Source Source { get; }

    public WhereaboutsDatabase Database => Db.Database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<TracingWorkRegistry> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, "Invented ministry statement"));
        await using var context = db.NewContext();
        context.Add(source);
        await context.SaveChangesAsync(Cancel);
        return new TracingWorkRegistry(db, source);
    }

    /// <summary>An invented person with the given fates (each on a day of December 2020), recorded at <paramref name="recordedAt"/>.</summary>
    public async Task<Guid> PersonAsync(string family, DateTimeOffset recordedAt, params (FateStatus Status, int Day)[] fates)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", family), new PersonDetails(Side: "armenian"), isInvented: true);
        foreach (var (status, day) in fates)
        {
            person.AssertFate(Fate(status, day, recordedAt));
        }

        await using var context = Db.NewContext();
        context.Add(person);
        await context.SaveChangesAsync(Cancel);
        return person.Id;
    }

    /// <summary>Adds a fate assertion to a person, recorded at <paramref name="recordedAt"/>.</summary>
    public async Task AssertAsync(Guid personId, FateStatus status, int day, DateTimeOffset recordedAt, Credibility credibility = Credibility.ProbablyTrue)
    {
        await using var context = Db.NewContext();
        var person = await context.People.SingleAsync(p => p.Id == personId, Cancel);
        person.AssertFate(Fate(status, day, recordedAt, credibility));
        await context.SaveChangesAsync(Cancel);
    }

    /// <summary>Adds a name form to a person now.</summary>
    public async Task AddNameAsync(Guid personId, string family)
    {
        await using var context = Db.NewContext();
        var person = await context.People.SingleAsync(p => p.Id == personId, Cancel);
        person.AddName(new PersonName("Invented", family, origin: "family report"));
        await context.SaveChangesAsync(Cancel);
    }

    /// <summary>A request from an invented mother, received on <paramref name="receivedOn"/> and recorded at <paramref name="recordedAt"/>, linked to <paramref name="personId"/> when given.</summary>
    public async Task<Guid> RequestAsync(
        string reference,
        PartialDate receivedOn,
        DateTimeOffset recordedAt,
        Guid? personId = null,
        TracingRequestChannel channel = TracingRequestChannel.Office,
        string relationship = "mother")
    {
        var request = new TracingRequest(
            Guid.NewGuid(),
            reference,
            receivedOn,
            channel,
            new TracingRequestDetails("Invented Enquirer", relationship, "hy", [], false, "Invented Sought", null, null, null, null, null),
            "caseworker-1",
            recordedAt);
        if (personId is { } person)
        {
            request.LinkTo(person, null);
        }

        await using var context = Db.NewContext();
        context.TracingRequests.Add(request);
        await context.SaveChangesAsync(Cancel);
        return request.Id;
    }

    /// <summary>Moves a request to <paramref name="status"/> at <paramref name="at"/>.</summary>
    public async Task MoveAsync(Guid requestId, TracingRequestStatus status, DateTimeOffset at, string? reason = null)
    {
        await using var context = Db.NewContext();
        var request = await context.TracingRequests.SingleAsync(r => r.Id == requestId, Cancel);
        request.MoveTo(status, "caseworker-1", at, reason);
        await context.SaveChangesAsync(Cancel);
    }

    /// <summary>Records that the family was told <paramref name="told"/> about <paramref name="personId"/>, answering the request, at <paramref name="recordedAt"/>.</summary>
    public async Task AnswerAsync(Guid? requestId, Guid personId, FateStatus told, DateTimeOffset recordedAt)
    {
        await using var context = Db.NewContext();
        context.FamilyNotifications.Add(new FamilyNotification(
            Guid.NewGuid(),
            personId,
            PartialDate.OfDay(recordedAt.Year, recordedAt.Month, recordedAt.Day),
            told,
            null,
            "Invented tracing office",
            "mother",
            [Source.Id],
            "caseworker-1",
            recordedAt,
            tracingRequestId: requestId));
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private FateAssertion Fate(FateStatus status, int day, DateTimeOffset recordedAt, Credibility credibility = Credibility.ProbablyTrue) =>
        new(Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, day), new Evidence(Source.Id, null, "paragraph 1", credibility), "caseworker-1", recordedAt);
}
