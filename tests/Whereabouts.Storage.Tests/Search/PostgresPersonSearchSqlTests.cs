using Whereabouts.Domain;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tests.Support;

namespace Whereabouts.Storage.Tests.Search;

/// <summary>The search's SQL on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonSearchSqlTests() : PersonSearchSqlContractTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task FirstRowsAsync_StreamsWithAnotherWord_ReadAsOneUpToTheLimit()
    {
        Person[] people = [Registry.Person("Aram", "Zakaryan"), Registry.Person("Aram", "Bagratyan"), Registry.Person("Aram", "Abrahamyan")];
        await SaveAsync([.. people]);
        await using var context = Db.NewContext();
        var streams = new[] { KeyCondition.Of(Key("Zakaryan")), KeyCondition.Of(Key("Bagratyan")), KeyCondition.Of(Key("Abrahamyan")) };

        var rows = await new PersonSearchSql(context).FirstRowsAsync(streams, [KeyCondition.Of(GivenKey("Aram"))], null, 2, cancellationToken: Cancel);

        // One stream, so the limit is of them all: the first two in name order, whichever key found them.
        Assert.Equal([people[2].Id, people[1].Id], rows.Select(r => r.IdentityId));
        Assert.All(rows, r => Assert.Equal(0, r.Stream));
    }

    [Fact]
    public async Task FirstRowsAsync_FewRowsAgainstACommonOtherWord_KeepsEachStreamInItsOrderUpToItsLimit()
    {
        Person[] people = [Registry.Person("Aram", "Zakaryan"), Registry.Person("Aram", "Bagratyan"), Registry.Person("Aram", "Abrahamyan")];
        await SaveAsync([.. people]);
        await using var context = Db.NewContext();
        var streams = new[] { KeyCondition.Of(Key("Zakaryan")) with { Rows = 1 }, KeyCondition.Of(Key("Bagratyan")) with { Rows = 1 }, KeyCondition.Of(Key("Abrahamyan")) with { Rows = 1 } };

        var rows = await new PersonSearchSql(context).FirstRowsAsync(streams, [KeyCondition.Of(GivenKey("Aram")) with { Rows = 100_000 }], null, 2, cancellationToken: Cancel);

        // Looked up row by row, each stream keeps its own order and limit, as on SQLite.
        Assert.Equal([people[2].Id, people[1].Id, people[0].Id], rows.Select(r => r.IdentityId));
        Assert.Equal([2, 1, 0], rows.Select(r => r.Stream));
    }
}
