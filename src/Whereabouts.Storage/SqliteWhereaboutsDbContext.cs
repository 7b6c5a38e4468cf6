using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage;

/// <summary>The registry on SQLite, the embedded default. Its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteWhereaboutsDbContext(DbContextOptions<SqliteWhereaboutsDbContext> options)
    : WhereaboutsDbContext(options);
