namespace Whereabouts.Storage;

/// <summary>The database engines the registry runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite in a local file: the embedded default for one user or a laptop in the field.</summary>
    Sqlite,

    /// <summary>PostgreSQL: the server for real deployments and many users at once.</summary>
    PostgreSql,
}
