using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;

namespace Whereabouts.Storage;

/// <summary>
/// The registry's database, the same model on SQLite and PostgreSQL. Each provider has its own
/// subclass so that each keeps its own migrations (see docs/adr/0002).
/// </summary>
/// <remarks>
/// Saving enforces two rules the domain cannot enforce alone: nothing is deleted and the fate
/// history is never changed (<see cref="HistoryRules"/>), and an edit made to an out-of-date copy
/// of a record is refused with a <see cref="ConcurrencyConflictException"/>.
/// </remarks>
public abstract class WhereaboutsDbContext : DbContext
{
    /// <summary>Creates the context with provider options.</summary>
    protected WhereaboutsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Everyone the registry accounts for.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>The documents facts rest on.</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>Sourced aggregate figures.</summary>
    public DbSet<CountClaim> CountClaims => Set<CountClaim>();

    /// <summary>The gazetteer.</summary>
    public DbSet<Place> Places => Set<Place>();

    /// <summary>Incidents and events counted over.</summary>
    public DbSet<Incident> Incidents => Set<Incident>();

    /// <summary>The fate history of every person (read-only use; add through <see cref="Person.AssertFate"/>).</summary>
    public DbSet<FateAssertion> FateAssertions => Set<FateAssertion>();

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        HistoryRules.Apply(ChangeTracker);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw ConcurrencyConflictException.From(e);
        }
    }

    /// <inheritdoc/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        HistoryRules.Apply(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw ConcurrencyConflictException.From(e);
        }
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(11);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WhereaboutsDbContext).Assembly);

        // The domain makes every identity itself. Saying so lets EF insert (not update) a new fate
        // assertion that it finds in a person's history.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            foreach (var key in entity.FindPrimaryKey()?.Properties ?? [])
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}
