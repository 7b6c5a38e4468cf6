using Microsoft.AspNetCore.Mvc.Testing;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// The real web app on a registry the test fills itself before the app starts (so no demo data is
/// loaded): people of a chosen side in a chosen fate, with invented names that can be searched for.
/// </summary>
public sealed class HandMadeRegistry : IAsyncDisposable
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));
    private readonly List<Person> _people = [];
    private readonly List<(Person Person, FateStatus Status)> _pending = [];
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Everyone added, to check that none of them is named or identified by a public answer.</summary>
    public IReadOnlyList<Person> People => _people;

    /// <summary>Adds <paramref name="count"/> invented people of <paramref name="side"/> whose fate since 14 December 2020 is <paramref name="status"/>.</summary>
    public HandMadeRegistry With(int count, FateStatus status, string? side)
    {
        for (var i = 0; i < count; i++)
        {
            var person = new Person(Guid.NewGuid(), new PersonName("Zorvanik" + _people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "Quellmaryan"), new PersonDetails(Side: side), isInvented: true);
            _people.Add(person);
            _pending.Add((person, status));
        }

        return this;
    }

    /// <summary>Saves the people and starts the app on them; returns a client with no credentials.</summary>
    public async Task<HttpClient> StartAsync()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "registry.db");
        var database = new WhereaboutsDatabase(DatabaseLocation.Sqlite(file));
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await TestParties.AddAsync(database, TestContext.Current.CancellationToken);
        await using (var context = database.CreateContext("tests"))
        {
            var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "An invented list"));
            context.Sources.Add(source);
            foreach (var (person, status) in _pending)
            {
                person.AssertFate(new FateAssertion(
                    Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, 14), new Evidence(source.Id, null, "row", Credibility.Confirmed), "tests", Recorded));
                context.People.Add(person);
            }

            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("db", file));
        await Prepared.ReportsAsync(_factory);
        return _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
