using Microsoft.EntityFrameworkCore.Design;

namespace Whereabouts.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are placeholders that are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWhereaboutsDbContext>
{
    public SqliteWhereaboutsDbContext CreateDbContext(string[] args) =>
        (SqliteWhereaboutsDbContext)new WhereaboutsDatabase(DatabaseLocation.Sqlite("design-time.db")).CreateContext();
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWhereaboutsDbContext>
{
    public PostgresWhereaboutsDbContext CreateDbContext(string[] args) =>
        (PostgresWhereaboutsDbContext)new WhereaboutsDatabase(
            DatabaseLocation.Parse("Host=localhost;Database=design_time;Username=design")).CreateContext();
}
