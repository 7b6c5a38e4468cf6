using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Parties;

public sealed class PartyReaderTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private WhereaboutsDatabase Database => (_database ?? throw new InvalidOperationException("Not initialised.")).Database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ListAsync_TwoParties_NamesEachInTheReadersLanguageWithEnglishAsFallback()
    {
        await new PartyEditor(Database, new FixedActor("admin.one")).AddAsync(new PartyInput("northland", "Northland"), Cancel);

        var parties = await new PartyReader(Database).ListAsync(Cancel);

        Assert.Equal(["armenian", "azerbaijani", "northland"], parties.Select(p => p.Slug));
        var russian = CultureInfo.GetCultureInfo("ru-RU");
        Assert.Equal(("Армения", "Northland", "unheard-of"), (parties.NameOf("armenian", russian), parties.NameOf("northland", russian), parties.NameOf("unheard-of", russian)));
        Assert.Null(parties.NameOf(null, russian));
    }

    [Fact]
    public async Task InUseAsync_PersonAndExchange_NameTheirParties()
    {
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.Other, "Invented list", Reliability: Reliability.C));
        var person = new Person(Guid.Empty, new PersonName("Ada", "Invented"), new PersonDetails(Side: "armenian"), isInvented: true);
        await using (var context = Database.CreateContext("tester"))
        {
            context.AddRange(source, person);
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Equal(["armenian"], await new PartyReader(Database).InUseAsync(Cancel));
    }
}
