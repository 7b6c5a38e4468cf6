using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage;

/// <summary>The registry on PostgreSQL, for servers and many users. Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWhereaboutsDbContext(DbContextOptions<PostgresWhereaboutsDbContext> options)
    : WhereaboutsDbContext(options);
