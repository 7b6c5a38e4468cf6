using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Whereabouts.Storage.Writes;

/// <summary>
/// Makes a SQLite transaction wait at its database's <see cref="WriteGate"/> before it begins:
/// EF Core begins SQLite transactions immediate, which takes the database's write lock, so the
/// beginning is where a write would otherwise wait (PostgreSQL's writes wait at the audit lock,
/// see <see cref="WhereaboutsDbContext"/>). The holder's own context passes. SQLite's own wait for
/// the lock (its busy timeout, 30 s by default) is made as long as the gate's, for a write that
/// slipped in as a hold began and for writes from other processes. It also puts back, as a SQLite
/// transaction ends, the page cache a bulk save enlarged for it (<see cref="Bulk.SqliteBulkCache"/>).
/// </summary>
internal sealed class WriteGateInterceptor(WriteGate gate) : DbTransactionInterceptor
{
    public WriteGate Gate { get; } = gate;

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        EnterAsync(connection, eventData, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await EnterAsync(connection, eventData, cancellationToken).ConfigureAwait(false);
        return result;
    }

    // A bulk save's larger cache is put back before its transaction ends (Bulk.SqliteBulkCache).
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        RestoreCache(transaction);
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        RestoreCache(transaction);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        RestoreCache(transaction);
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionRollingBackAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        RestoreCache(transaction);
        return ValueTask.FromResult(result);
    }

    private static void RestoreCache(DbTransaction transaction)
    {
        if (transaction?.Connection is SqliteConnection sqlite)
        {
            Bulk.SqliteBulkCache.Restore(sqlite, transaction);
        }
    }

    private async Task EnterAsync(DbConnection connection, TransactionStartingEventData eventData, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        if (eventData.Context is not WhereaboutsDbContext { WriteHold: not null })
        {
            await Gate.PassAsync(cancellationToken).ConfigureAwait(false);
        }

        var seconds = (int)Math.Ceiling(Gate.Wait.TotalSeconds);
        if (sqlite.DefaultTimeout < seconds)
        {
            sqlite.DefaultTimeout = seconds;
        }
    }
}
