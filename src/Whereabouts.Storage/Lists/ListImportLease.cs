namespace Whereabouts.Storage.Lists;

/// <summary>
/// Which app server runs a list import, and until when it is known to be alive: written when a
/// server takes a queued import (in the same transaction as the import's start), renewed while it
/// runs, and read by every server's recovery, which fails a running import only once its lease has
/// expired (docs/adr/0024-two-app-servers.md).
/// </summary>
/// <remarks>
/// An operational row, not registry data: it is written outside the audited save (renewing it
/// through the save would wait for the import's own transaction, which holds the audit lock on
/// PostgreSQL) and never in the audit log. What the import did and how it ended is recorded, and
/// audited, on the <see cref="Domain.ListImport"/> itself.
/// </remarks>
public sealed class ListImportLease
{
    /// <summary>The longest runner id kept.</summary>
    public const int RunnerIdLength = 200;

    /// <summary>Records that <paramref name="runnerId"/> took the import <paramref name="importId"/> at <paramref name="at"/>, alive until <paramref name="expiresAt"/>.</summary>
    public ListImportLease(Guid importId, string runnerId, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runnerId);
        ImportId = importId;
        RunnerId = runnerId.Length > RunnerIdLength ? runnerId[..RunnerIdLength] : runnerId;
        StartedAt = at.ToUniversalTime();
        RenewedAt = StartedAt;
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    // For the storage layer.
    private ListImportLease()
    {
        RunnerId = null!;
    }

    /// <summary>The import (one lease per import: an import is taken once).</summary>
    public Guid ImportId { get; private set; }

    /// <summary>The server process that holds the lease: machine name, process id and a random part.</summary>
    public string RunnerId { get; private set; }

    /// <summary>When the runner took the import (UTC).</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the lease was last renewed (UTC).</summary>
    public DateTimeOffset RenewedAt { get; private set; }

    /// <summary>Until when the runner is taken to be alive (UTC); after it, any server's recovery may fail the import.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>
    /// How many times the lease was renewed or taken over: a renewal and a take-over each change
    /// the row only if it is still as they read it, so a recovery never fails an import whose
    /// runner renewed meanwhile.
    /// </summary>
    public int Renewals { get; private set; }
}
