using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>
/// Resolving pasted lines of people on a real SQLite registry of invented people built for the
/// test: two namesakes, a name that is the start of another, and people named in several scripts.
/// </summary>
public sealed class PersonLineResolverTests : IAsyncLifetime
{
    private static readonly Guid NareSimonyan = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    private static readonly Guid ArmenPetrosyan = Guid.Parse("0a000000-0000-0000-0000-000000000002");
    private static readonly Guid ArmenPetrosyants = Guid.Parse("0a000000-0000-0000-0000-000000000003");
    private static readonly Guid TigranAvagyanOne = Guid.Parse("0a000000-0000-0000-0000-000000000004");
    private static readonly Guid TigranAvagyanTwo = Guid.Parse("0a000000-0000-0000-0000-000000000005");

    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = _db.Database.CreateContext("caseworker@example.org");
        var nare = Invented(NareSimonyan, "Nare", "Simonyan");
        nare.AddName(new PersonName("Наре", "Симонян"));
        context.People.AddRange(
            nare,
            Invented(ArmenPetrosyan, "Armen", "Petrosyan"),
            Invented(ArmenPetrosyants, "Armen", "Petrosyants"),
            Invented(TigranAvagyanOne, "Tigran", "Avagyan"),
            Invented(TigranAvagyanTwo, "Tigran", "Avagyan"));
        await context.SaveChangesAsync(Cancel);
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_NameOfOnePersonInAnotherScript_IsThatPerson()
    {
        var line = Assert.Single(await ResolveAsync("  Симонян Наре  "));

        Assert.Equal(NareSimonyan, line.Person?.Id);
        Assert.Equal("Симонян Наре", line.Text);
        Assert.Null(line.Problem);
    }

    [Fact]
    public async Task ResolveAsync_NameThatStartsAnotherPersonsName_IsThePersonWrittenExactlySo()
    {
        var lines = await ResolveAsync("armen petrosyan\nArmen Petrosyants");

        Assert.Equal([ArmenPetrosyan, ArmenPetrosyants], lines.Select(l => l.Person?.Id));
    }

    [Fact]
    public async Task ResolveAsync_NameOfTwoNamesakes_IsNobodyAndListsBothWithTheirIds()
    {
        var line = Assert.Single(await ResolveAsync("Tigran Avagyan"));

        Assert.False(line.IsResolved);
        Assert.Equal([TigranAvagyanOne, TigranAvagyanTwo], line.Candidates.Select(c => c.Id).Order());
        Assert.StartsWith("\"Tigran Avagyan\" matches 2 people; put the id of the one you mean on this line: ", line.Problem, StringComparison.Ordinal);
        Assert.Contains(TigranAvagyanOne.ToString(), line.Problem, StringComparison.Ordinal);
        Assert.Contains(TigranAvagyanTwo.ToString(), line.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_IdBesideANameOrInADossierAddress_IsThatPersonWhateverTheName()
    {
        var lines = await ResolveAsync($"Tigran Avagyan {TigranAvagyanTwo}\r\nhttps://registry.example.org/People/{NareSimonyan}\r\n\r\n");

        Assert.Equal([TigranAvagyanTwo, NareSimonyan], lines.Select(l => l.Person?.Id));
    }

    [Fact]
    public async Task ResolveAsync_UnknownIdAndUnknownName_AreNobodyWithTheReason()
    {
        var stranger = Guid.Parse("0b000000-0000-0000-0000-000000000009");

        var lines = await ResolveAsync($"{stranger}\nGevorg Nobodyan");

        Assert.Equal([$"\"{stranger}\": no person in the registry has the id {stranger}.", "\"Gevorg Nobodyan\" matches nobody in the registry; register the person first, or check the spelling."], lines.Select(l => l.Problem));
        Assert.All(lines, l => Assert.Null(l.Person));
    }

    [Fact]
    public async Task ResolveAsync_MoreLinesThanABoxHolds_IsRefusedWithTheCount()
    {
        var text = string.Join('\n', Enumerable.Repeat(NareSimonyan.ToString(), PersonLineResolver.MaxLines + 1));

        var line = Assert.Single(await ResolveAsync(text));

        Assert.Equal($"A box holds at most {PersonLineResolver.MaxLines} people; this one has {PersonLineResolver.MaxLines + 1}. Enter the rest in a second record or by the API.", line.Problem);
    }

    [Fact]
    public void Describe_WritesTheNameThenTheId()
    {
        var person = new PersonListItem(NareSimonyan, "Nare Simonyan", "armenian", null, false, null, true);

        Assert.Equal($"Nare Simonyan {NareSimonyan}", PersonLineResolver.Describe(person));
    }

    private static Person Invented(Guid id, string given, string family) =>
        new(id, new PersonName(given, family), new PersonDetails(Sex.Male, null, null, "armenian", ServiceRole.Soldier), isInvented: true);

    private Task<IReadOnlyList<PersonLine>> ResolveAsync(string text) =>
        new PersonLineResolver(new PersonSearch(_db.Database)).ResolveAsync(text, Cancel);
}
