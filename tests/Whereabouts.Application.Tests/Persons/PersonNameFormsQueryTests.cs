using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

public sealed class PersonNameFormsQueryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Person _aram = null!;
    private Person _leyla = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        // Invented people.
        _aram = new Person(Guid.NewGuid(), new PersonName("Aram", "Harutyunyan", null, "family report"), new PersonDetails(Sex.Male, null, null, "armenian", ServiceRole.Soldier), isInvented: true);
        _aram.AddName(new PersonName("Арам", "Арутюнян", null, "invented list"));
        _aram.AddName(new PersonName("Արամ", "Հարությունյան", null, "invented roster"));
        _leyla = new Person(Guid.NewGuid(), new PersonName("Leyla", "Mammadova"), new PersonDetails(Sex.Female, null, null, "azerbaijani", ServiceRole.Civilian), isInvented: true);
        await using var context = _db.Database.CreateContext("tests");
        context.AddRange(_aram, _leyla);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task RunAsync_People_ReturnsEveryFormInTheRegistrysOrder()
    {
        var forms = await new PersonNameFormsQuery(_db.Database).RunAsync([_aram.Id, _leyla.Id], Cancel);

        Assert.Equal(["Aram Harutyunyan", "Арам Арутюнян", "Արամ Հարությունյան"], forms[_aram.Id]);
        Assert.Equal(["Leyla Mammadova"], forms[_leyla.Id]);
    }

    [Fact]
    public async Task RunAsync_UnknownOrNoPeople_ReturnsNothingForThem()
    {
        var query = new PersonNameFormsQuery(_db.Database);

        Assert.Empty(await query.RunAsync([Guid.NewGuid()], Cancel));
        Assert.Empty(await query.RunAsync([], Cancel));
    }
}
