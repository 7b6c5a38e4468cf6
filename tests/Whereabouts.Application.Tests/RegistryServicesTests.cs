using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests;

public sealed class RegistryServicesTests
{
    [Fact]
    public async Task RequestContext_MadeBeforeTheActorIsKnown_AttributesTheSaveToWhoeverIsSignedInThen()
    {
        // The web's request context can be made by the cookie's sign-in check, before the request
        // knows its user; the change saved later in that request must still be the user's.
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var actor = new SwitchableActor();
        var services = new ServiceCollection();
        services.AddScoped<ICurrentActor>(_ => actor);
        services.AddLogging();
        services.AddWhereaboutsRegistry(test.Location);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<WhereaboutsDbContext>();
        actor.Name = "anna";
        context.Parties.Add(new Party("invented-land", new PartyNames("Invented land", null, null, null)));
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var read = test.NewContext();
        var entry = await read.AuditEntries.SingleAsync(e => e.EntityId == "invented-land", TestContext.Current.CancellationToken);
        Assert.Equal("anna", entry.Actor);
    }

    private sealed class SwitchableActor : ICurrentActor
    {
        public string Name { get; set; } = "anonymous";
    }
}
