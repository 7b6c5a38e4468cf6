using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage;

/// <summary>
/// Opens the registry's database at a <see cref="DatabaseLocation"/>: creates contexts for its
/// provider and brings its schema up to date.
/// </summary>
public sealed class WhereaboutsDatabase
{
    /// <summary>Creates the opener for a location.</summary>
    public WhereaboutsDatabase(DatabaseLocation location)
    {
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>Where the database is.</summary>
    public DatabaseLocation Location { get; }

    private DbContextOptions? _options;

    private DbContextOptions Options() => _options ??= Location.Provider switch
    {
        DatabaseProvider.Sqlite => Configure(new DbContextOptionsBuilder<SqliteWhereaboutsDbContext>(), Location).Options,
        DatabaseProvider.PostgreSql => Configure(new DbContextOptionsBuilder<PostgresWhereaboutsDbContext>(), Location).Options,
        _ => throw new InvalidOperationException($"Unknown provider {Location.Provider}."),
    };

    /// <summary>A new context whose changes are attributed to <paramref name="actor"/>; the caller disposes it.</summary>
    public WhereaboutsDbContext CreateContext(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var context = CreateContext();
        context.Actor = actor;
        return context;
    }

    /// <summary>A new context whose changes are attributed to "system"; the caller disposes it.</summary>
    /// <remarks>
    /// The options are made once and shared by every context (they are immutable): a web app makes a
    /// context per request, and making the options each time was a cost of every search and dossier.
    /// </remarks>
    public WhereaboutsDbContext CreateContext() => Location.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWhereaboutsDbContext((DbContextOptions<SqliteWhereaboutsDbContext>)Options()),
        DatabaseProvider.PostgreSql => new PostgresWhereaboutsDbContext((DbContextOptions<PostgresWhereaboutsDbContext>)Options()),
        _ => throw new InvalidOperationException($"Unknown provider {Location.Provider}."),
    };

    /// <summary>Applies the provider options for <paramref name="location"/> to a builder (for dependency injection).</summary>
    public static TBuilder Configure<TBuilder>(TBuilder builder, DatabaseLocation location)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(location);
        // Writers wait at the database's gate while a list import holds it (docs/adr/0019).
        builder.AddInterceptors(Writes.WriteGate.For(location).Interceptor);
        switch (location.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(location.ConnectionString);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(location.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {location.Provider}.");
        }

        return builder;
    }

    /// <summary>
    /// Creates the database if needed (and its folder, for SQLite) and applies every pending migration;
    /// when there were any, indexes the people saved before the search index existed.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Location.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var context = CreateContext();

        // One look at the migrations' history table: a start with nothing to migrate costs no
        // more at a million people than at none.
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging: readers never wait for a writer, so a list import's long save
            // does not stall every page; writers still take turns (docs/adr/0019). The mode is
            // kept in the file, so setting it once per start is enough.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        // People saved before the search index existed are indexed once, by the start that
        // migrates their database; every save since indexes what it saves. Looking for unindexed
        // people on every start would join every person with the index.
        if (pending > 0 && await Search.PersonIndexer.BackfillAsync(context, cancellationToken).ConfigureAwait(false) > 0)
        {
            await Search.PersonIndexer.RecountAsync(context, cancellationToken).ConfigureAwait(false);
            await Search.PersonIndexer.RebuildPairsAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }
}
