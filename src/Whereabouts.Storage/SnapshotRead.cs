using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Whereabouts.Storage;

/// <summary>
/// A read-only transaction in which every query of a context sees the registry as it stood at its
/// first read: several queries read together (every fate assertion, every retraction, the audit
/// log's last sequence number) agree with each other however many saves commit meanwhile. It
/// writes nothing and, unlike a writing transaction, keeps no writer waiting. Disposing ends it.
/// </summary>
public sealed class SnapshotRead : IAsyncDisposable
{
    private readonly WhereaboutsDbContext _context;
    private readonly IDbContextTransaction? _transaction;

    private SnapshotRead(WhereaboutsDbContext context, IDbContextTransaction? transaction)
    {
        _context = context;
        _transaction = transaction;
    }

    /// <summary>Begins the snapshot on <paramref name="context"/>, which must have no transaction of its own.</summary>
    public static async Task<SnapshotRead> BeginAsync(WhereaboutsDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.GetDbConnection() is SqliteConnection)
        {
            // A deferred BEGIN takes no lock until the first read, which then fixes the snapshot
            // (write-ahead log): EF Core's own transaction on SQLite is BEGIN IMMEDIATE, which
            // would keep every writer waiting for the whole read.
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.ExecuteSqlRawAsync("BEGIN DEFERRED", cancellationToken).ConfigureAwait(false);
            return new SnapshotRead(context, null);
        }

        return new SnapshotRead(context, await context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            await _context.Database.ExecuteSqlRawAsync("ROLLBACK").ConfigureAwait(false);
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
