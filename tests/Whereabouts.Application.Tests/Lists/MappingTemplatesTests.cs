using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Named list mappings on a real SQLite file.</summary>
public sealed class MappingTemplatesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private MappingTemplates Templates => new(_db.Database, new FixedActor("alice"), TimeProvider.System);

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task SaveAsync_AMapping_IsListedByNameAndReadBackWhole()
    {
        var mapping = new ListMapping { HeaderLine = 2, NameOrder = NameOrder.FamilyFirst, Columns = new Dictionary<string, ListField> { ["Nom de famille"] = ListField.FamilyName } };

        var saved = await Templates.SaveAsync(" INVENTED ministry monthly list ", mapping, Cancel);

        var listed = Assert.Single(await Templates.ListAsync(Cancel));
        Assert.Equal((saved.Id, "INVENTED ministry monthly list", "alice"), (listed.Id, listed.Name, listed.CreatedBy));
        Assert.Equal(mapping.ToJson(), listed.Mapping.ToJson());
        Assert.Equal(mapping.ToJson(), (await Templates.FindAsync(saved.Id, Cancel))!.Mapping.ToJson());
    }

    [Fact]
    public async Task SaveAsync_NameTakenInAnotherCase_IsRefusedOnTheName()
    {
        await Templates.SaveAsync("INVENTED monthly", new ListMapping(), Cancel);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Templates.SaveAsync("invented MONTHLY", new ListMapping { HeaderLine = 3 }, Cancel));

        Assert.Contains("already", Assert.Single(error.Errors["templateName"]), StringComparison.Ordinal);
        Assert.Single(await Templates.ListAsync(Cancel));
    }
}
