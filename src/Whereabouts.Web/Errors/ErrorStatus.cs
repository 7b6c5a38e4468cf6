using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Whereabouts.Storage;

namespace Whereabouts.Web.Errors;

/// <summary>
/// The HTTP status an exception that no use case turned into an answer stands for: 503 when the
/// database is busy (the request may simply be sent again), 409 when a save met someone else's
/// change, 413 or another 4xx when the request itself could not be read, 426 when a form was opened
/// over plain HTTP where the app requires TLS, and 500 for everything else, which is a bug.
/// </summary>
/// <remarks>
/// The exception and every exception inside it are looked at, since EF Core wraps the provider's
/// (a <see cref="DbUpdateException"/> around SQLite's <c>SQLITE_BUSY</c>).
/// </remarks>
internal static class ErrorStatus
{
    /// <summary>Seconds a client is asked to wait before sending a request again after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    // SQLite's primary result codes: another connection holds the write lock (BUSY), or a table
    // is locked inside this connection's own shared cache (LOCKED).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The status for <paramref name="exception"/>.</summary>
    public static int Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (IsDatabaseBusy(exception))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case ConcurrencyConflictException or DbUpdateConcurrencyException:
                    return StatusCodes.Status409Conflict;
                case BadHttpRequestException bad:
                    return bad.StatusCode;

                // Outside Development the antiforgery cookie is Secure, and antiforgery refuses to
                // make a form's token on plain HTTP: the app was opened without TLS (or behind a
                // proxy it does not trust). Not a bug: the reader must use https.
                case InvalidOperationException when IsFromAntiforgery(e):
                    return StatusCodes.Status426UpgradeRequired;
            }
        }

        return StatusCodes.Status500InternalServerError;
    }

    private static bool IsFromAntiforgery(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal) == true
        && exception.Message.Contains("SSL", StringComparison.Ordinal);

    /// <summary>
    /// Whether the database refused or gave up on the request because it is busy: SQLite's write
    /// lock held by another connection past the busy timeout, PostgreSQL out of connections, a
    /// lock or statement timeout, a deadlock or serialization failure, the connection pool
    /// exhausted, or a list import holding the registry past the write gate's wait. Each passes when the load does; none is a fault of the request.
    /// </summary>
    public static bool IsDatabaseBusy(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked:
                    return true;
                case PostgresException postgres when IsBusyState(postgres.SqlState):
                    return true;

                // A list import held the registry for longer than a write may wait (docs/adr/0019).
                case Whereabouts.Storage.Writes.WritesHeldException:
                    return true;

                // Npgsql reports a pool with no free connection, or a server that did not answer in
                // time, as an NpgsqlException around a TimeoutException.
                case NpgsqlException { InnerException: TimeoutException }:
                    return true;
            }
        }

        return false;
    }

    private static bool IsBusyState(string state) => state switch
    {
        PostgresErrorCodes.TooManyConnections => true,
        PostgresErrorCodes.CannotConnectNow => true,
        PostgresErrorCodes.LockNotAvailable => true,
        PostgresErrorCodes.QueryCanceled => true,
        PostgresErrorCodes.DeadlockDetected => true,
        PostgresErrorCodes.SerializationFailure => true,
        _ => false,
    };
}
