using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Parties;

/// <summary>
/// A registry for another conflict, between two invented parties, Northland and Southland (no
/// Armenia, no Azerbaijan): its administrator names the parties, a caseworker registers people,
/// records an exchange between the parties and reads who is still held, with no code change.
/// Every person, place and source here is invented.
/// </summary>
public abstract class AnotherConflictContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;

    private WhereaboutsDatabase Database => (_database ?? throw new InvalidOperationException("Not initialised.")).Database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider, withParties: false);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Registry_OfNorthlandAndSouthland_RegistersExchangesAndListsWhoIsStillHeld()
    {
        var admin = new PartyEditor(Database, new FixedActor("admin.one"));
        await admin.AddAsync(new PartyInput("northland", "Northland", NameRu: "Северия"), Cancel);
        await admin.AddAsync(new PartyInput("southland", "Southland"), Cancel);
        var clock = new ManualClock(Now);
        var caseworker = new FixedActor("caseworker.one");
        var source = await new SourceEditor(Database, caseworker, clock)
            .CreateAsync(new SourceInput("Other", "Invented list of the Northland ombudsman", Reliability: "B"), Cancel);
        var people = new PersonCommands(Database, caseworker, clock);
        var held = new List<Guid>();
        foreach (var (given, family, party) in new[] { ("Ada", "Invented", "northland"), ("Bo", "Invented", "Northland"), ("Cy", "Invented", "southland") })
        {
            var saved = await people.RegisterAsync(
                new RegisterPersonInput(
                    new NameInput(given, family, Origin: "invented for a test"),
                    new DetailsInput(Side: party),
                    new FateInput(FateStatus.CaptureConfirmed, "2025-05-01", source.Id, "was captured", null, Credibility.Confirmed)),
                Cancel);
            held.Add(saved.PersonId);
        }

        var exchange = await new ExchangeRecorder(Database, caseworker, clock).RecordAsync(
            new ExchangeInput(
                "2025-09-01",
                "PrisonersForPrisoners",
                [source.Id],
                [new TransferInput(held[0], "northland", HandedOverBy: "southland"), new TransferInput(held[2], "southland", HandedOverBy: "northland")]),
            Cancel);

        Assert.Equal([FateStatus.Repatriated, FateStatus.Repatriated], exchange.Transfers.Select(t => t.Fate));
        Assert.Equal([("southland", "northland"), ("northland", "southland")], exchange.Transfers.Select(t => (t.HandedOverBy, t.ReceivedBy)));
        var parties = await new PartyReader(Database).ListAsync(Cancel);
        Assert.Equal(["northland", "southland"], parties.Select(p => p.Slug));
        var (northland, day) = StillHeldRequest.Parse("NORTHLAND", "2025-09-02", clock, parties);
        var stillHeld = await new StillHeldQuery(Database, clock).RunAsync(northland, day, Cancel);
        Assert.Equal([held[1]], stillHeld.People.Select(p => p.Person.Id));
        Assert.Equal(1, Assert.Single(stillHeld.Exchanges).Total.Named);
        var before = await new StillHeldQuery(Database, clock).RunAsync("southland", new DateOnly(2025, 8, 31), Cancel);
        Assert.Equal([held[2]], before.People.Select(p => p.Person.Id));
        var statistics = await new PublicStatisticsQuery(Database).RunAsync(null, Cancel);
        Assert.Equal(["northland", "southland"], statistics.Sides);
    }

    [Fact]
    public async Task RegisterAsync_PartyOfAnotherConflict_IsRefusedNamingTheField()
    {
        await new PartyEditor(Database, new FixedActor("admin.one")).AddAsync(new PartyInput("northland", "Northland"), Cancel);
        var people = new PersonCommands(Database, new FixedActor("caseworker.one"), new ManualClock(Now));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => people.RegisterAsync(
            new RegisterPersonInput(new NameInput("Ada", "Invented"), new DetailsInput(Side: "armenian")), Cancel));

        Assert.Contains("northland", Assert.Single(error.Errors["side"]), StringComparison.Ordinal);
        await using var context = Database.CreateContext();
        Assert.False(await context.People.AnyAsync(Cancel));
    }
}
