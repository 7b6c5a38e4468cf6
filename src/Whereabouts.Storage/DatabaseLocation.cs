using Microsoft.Data.Sqlite;
using Npgsql;

namespace Whereabouts.Storage;

/// <summary>
/// Where the registry's database is, read from the <c>--db</c> option or the
/// <c>WHEREABOUTS_DATABASE</c> variable.
/// </summary>
/// <remarks>
/// <para>Accepted forms:</para>
/// <list type="bullet">
/// <item>nothing: the default SQLite file, <see cref="DefaultSqlitePath"/>;</item>
/// <item>a file path (<c>registry.db</c>) or a SQLite connection string (<c>Data Source=registry.db</c>);</item>
/// <item>a PostgreSQL connection string (<c>Host=127.0.0.1;Database=whereabouts;Username=…;Password=…</c>)
/// or URL (<c>postgresql://user:password@host:5432/database</c>).</item>
/// </list>
/// <para><see cref="ToString"/> never shows a password, so a location can be printed and logged.</para>
/// </remarks>
public sealed class DatabaseLocation
{
    /// <summary>The environment variable read when no <c>--db</c> option is given.</summary>
    public const string EnvironmentVariable = "WHEREABOUTS_DATABASE";

    private DatabaseLocation(DatabaseProvider provider, string connectionString, string display)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Display = display;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string for the provider (may contain a password: never print it).</summary>
    public string ConnectionString { get; }

    private string Display { get; }

    /// <summary>The default SQLite file: <c>whereabouts.db</c> in the user's local application data folder.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Whereabouts", "whereabouts.db");

    /// <summary>
    /// Resolves the location from an explicit option, falling back to <see cref="EnvironmentVariable"/>
    /// and then to the default SQLite file.
    /// </summary>
    public static DatabaseLocation Resolve(string? option) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option : Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Parses one of the accepted forms; null or blank gives the default SQLite file.</summary>
    /// <exception cref="ArgumentException">The text is a malformed connection string or URL; the message says what is wrong.</exception>
    public static DatabaseLocation Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Sqlite(DefaultSqlitePath);
        }

        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromPostgresUrl(value);
        }

        if (LooksLikeKeyValue(value, "host") || LooksLikeKeyValue(value, "server"))
        {
            return FromPostgresConnectionString(value);
        }

        if (LooksLikeKeyValue(value, "data source") || LooksLikeKeyValue(value, "filename"))
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(value);
                return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ConnectionString, $"SQLite file {builder.DataSource}");
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{value}' is not a valid SQLite connection string: {e.Message}", nameof(text), e);
            }
        }

        return Sqlite(value);
    }

    /// <summary>A SQLite file at <paramref name="path"/>.</summary>
    public static DatabaseLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        // Pooled: an unpooled connection reopens the file and re-reads the schema for every query,
        // which cost a dossier page most of its time (docs/benchmarks.md, web).
        var builder = new SqliteConnectionStringBuilder { DataSource = full };
        return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ConnectionString, $"SQLite file {full}");
    }

    /// <summary>A description safe to print: the file, or the PostgreSQL host and database without the password.</summary>
    public override string ToString() => Display;

    private static DatabaseLocation FromPostgresConnectionString(string value)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The PostgreSQL connection string is not valid: {e.Message}", nameof(value), e);
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new ArgumentException("The PostgreSQL connection string must name a Database.", nameof(value));
        }

        ReuseConnectionsCheaply(builder, value);

        return new DatabaseLocation(
            DatabaseProvider.PostgreSql,
            builder.ConnectionString,
            $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
    }

    private static DatabaseLocation FromPostgresUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{Redact(value)}' is not a valid PostgreSQL URL: expected postgresql://user:password@host:port/database.", nameof(value));
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0)
        {
            throw new ArgumentException("The PostgreSQL URL must name a database after the host, e.g. postgresql://host:5432/whereabouts.", nameof(value));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        ReuseConnectionsCheaply(builder, explicitSettings: string.Empty);

        return new DatabaseLocation(
            DatabaseProvider.PostgreSql,
            builder.ConnectionString,
            $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
    }

    // The registry's pages run the same few statements over and over; letting Npgsql prepare them
    // saves PostgreSQL planning each one again (a dossier page went from 384 to 457 pages/s).
    // A connection string that sets its own value keeps it (0 turns preparing off, e.g. behind
    // a transaction-mode pooler).
    //
    // Nor is a connection reset when it goes back to the pool: the registry sets no state on a
    // session (no SET, LISTEN, cursor held open, temporary table or session lock: the audit's lock
    // is the transaction's), and the reset (seven commands, DISCARD TEMP among them) was the costliest
    // statement of a dossier page on PostgreSQL, sent with each of the page's connections
    // (docs/adr/0035). A transaction left open is still rolled back when its connection is returned.
    private static void ReuseConnectionsCheaply(NpgsqlConnectionStringBuilder builder, string explicitSettings)
    {
        if (!LooksLikeKeyValue(explicitSettings, "max auto prepare") && !LooksLikeKeyValue(explicitSettings, "maxautoprepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!LooksLikeKeyValue(explicitSettings, "no reset on close") && !LooksLikeKeyValue(explicitSettings, "noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }
    }

    private static bool LooksLikeKeyValue(string value, string key) =>
        value.Split(';').Any(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            return equals > 0 && string.Equals(part[..equals].Trim(), key, StringComparison.OrdinalIgnoreCase);
        });

    private static string Redact(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 ? string.Concat(url.AsSpan(0, scheme + 3), "…", url.AsSpan(at)) : url;
    }
}
