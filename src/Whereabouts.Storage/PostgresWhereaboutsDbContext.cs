using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage;

/// <summary>The registry on PostgreSQL, for servers and many users. Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWhereaboutsDbContext(DbContextOptions<PostgresWhereaboutsDbContext> options)
    : WhereaboutsDbContext(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Name keys are searched by byte range (key >= "har" and key < "has"); a server whose
        // default collation is ICU or en_US would order "harzoyan" after "har{" and miss it.
        builder.Entity<PersonNameKey>().Property(k => k.Key).UseCollation("C");
        builder.Entity<PersonNameKeyCount>().Property(k => k.Key).UseCollation("C");
        builder.Entity<PersonNamePair>().Property(k => k.Key).UseCollation("C");
    }
}
