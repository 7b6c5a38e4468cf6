namespace Whereabouts.Storage.Tests;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void Parse_FilePath_IsSqliteAtTheFullPath()
    {
        var location = DatabaseLocation.Parse("registry.db");

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Contains(Path.GetFullPath("registry.db"), location.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Nothing_IsTheDefaultSqliteFile()
    {
        var location = DatabaseLocation.Parse("  ");

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Contains(DatabaseLocation.DefaultSqlitePath, location.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=registry;Username=caseworker;Password=s3cret")]
    [InlineData("postgresql://caseworker:s3cret@127.0.0.1:5432/registry")]
    [InlineData("postgres://caseworker:s3cret@127.0.0.1/registry")]
    public void Parse_PostgresForms_ArePostgresAndNeverPrintThePassword(string text)
    {
        var location = DatabaseLocation.Parse(text);

        Assert.Equal(DatabaseProvider.PostgreSql, location.Provider);
        Assert.Contains("Database=registry", location.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Password=s3cret", location.ConnectionString, StringComparison.Ordinal);
        Assert.Equal("PostgreSQL database registry on 127.0.0.1:5432", location.ToString());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=registry")]
    [InlineData("postgresql://127.0.0.1/registry")]
    public void Parse_Postgres_PreparesRepeatedStatementsByDefault(string text)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseLocation.Parse(text).ConnectionString);

        Assert.Equal(64, builder.MaxAutoPrepare);
    }

    [Fact]
    public void Parse_PostgresWithItsOwnAutoPrepare_KeepsIt()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseLocation.Parse("Host=127.0.0.1;Database=registry;Max Auto Prepare=0").ConnectionString);

        Assert.Equal(0, builder.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=registry")]
    [InlineData("postgresql://127.0.0.1/registry")]
    public void Parse_Postgres_DoesNotResetConnectionsReturnedToThePool(string text)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseLocation.Parse(text).ConnectionString);

        Assert.True(builder.NoResetOnClose);
    }

    [Fact]
    public void Parse_PostgresWithItsOwnResetOnClose_KeepsIt()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseLocation.Parse("Host=127.0.0.1;Database=registry;No Reset On Close=false").ConnectionString);

        Assert.False(builder.NoResetOnClose);
    }

    [Fact]
    public void Sqlite_PoolsConnections()
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseLocation.Sqlite("registry.db").ConnectionString);

        Assert.True(builder.Pooling);
    }

    [Fact]
    public void Parse_SqliteConnectionString_IsSqlite()
    {
        var location = DatabaseLocation.Parse("Data Source=/tmp/x.db");

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Equal("SQLite file /tmp/x.db", location.ToString());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Username=x", "must name a Database")]
    [InlineData("postgresql://127.0.0.1:5432/", "must name a database")]
    [InlineData("Host=127.0.0.1;Database=x;Bogus Key=1", "not valid")]
    public void Parse_MalformedPostgres_SaysWhatIsWrong(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseLocation.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoOption_ReadsTheEnvironmentVariable()
    {
        var previous = Environment.GetEnvironmentVariable(DatabaseLocation.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, "Host=db.example;Database=from_env");
            Assert.Equal("PostgreSQL database from_env on db.example:5432", DatabaseLocation.Resolve(null).ToString());
            Assert.Equal(DatabaseProvider.Sqlite, DatabaseLocation.Resolve("explicit.db").Provider);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, previous);
        }
    }
}
