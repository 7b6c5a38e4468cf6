using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Lists;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Runs queued list imports one at a time, for the web app's background runner: each in one
/// transaction (the importer's), its success, failure or cancellation recorded on the upload.
/// One at a time, so that an import's single write never competes with another's, and the
/// registry's other writers wait for at most one short save.
/// </summary>
/// <remarks>
/// Several app servers may run on one PostgreSQL database (docs/adr/0024-two-app-servers.md), each
/// with a runner. A runner takes a queued import by its version (two never take the same one) and,
/// in the same transaction, a lease naming it (<see cref="ListImportActivity.RunnerId"/>), which it
/// renews while the import runs and until its end is recorded. A runner's recovery fails only the
/// running imports whose lease expired: a server that starts, or looks again a minute later, leaves
/// alone the imports another live server runs. SQLite serves one app server, so on SQLite an import
/// run by any other process is one a stopped process left, and leases are not renewed (the
/// renewal would wait for the import's own write lock).
/// </remarks>
public sealed class ListImportRunner(WhereaboutsDatabase database, TimeProvider clock, ListImportActivity activity, IApiKeyOwnerCache? owners = null, ListImportLeaseSettings? leases = null)
{
    /// <summary>Why an import left unfinished by a stopped process failed, in English.</summary>
    public const string InterruptedText = "The server stopped before this import finished; nothing of it was saved. Import the list again.";

    private const string Actor = "list import runner";

    // How often the end of an import is tried again, a renewal apart, before the runner gives up
    // (and a recovery records it as failed once the lease expires): minutes of a busy database.
    private const int RecordAttempts = 20;

    private readonly ListImportLeaseSettings _leases = leases ?? ListImportLeaseSettings.Default;

    // One app server per SQLite database: no other live runner can hold a lease.
    private bool OneServer => database.Location.Provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// Marks as failed, saying so, the running imports whose server stopped: those whose lease
    /// expired (their server stopped, or lost the database for longer than a lease), and those
    /// with no lease (left by a version before leases); on SQLite, every running import not run by
    /// this process. Their transaction never committed, so nothing of them is in the registry.
    /// Queued imports are left queued: any server's runner may take them. Call it before the first
    /// <see cref="RunNextAsync"/> and then now and then (<see cref="ListImportLeaseSettings.Recovery"/>).
    /// Returns how many it failed.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> running;
        Dictionary<Guid, ListImportLease> held;
        await using (var context = database.CreateContext(Actor))
        {
            running = await context.ListImports.AsNoTracking()
                .Where(i => i.State == ListImportState.Running)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (running.Count == 0)
            {
                return 0;
            }

            held = await context.ListImportLeases.AsNoTracking()
                .Where(l => running.Contains(l.ImportId))
                .ToDictionaryAsync(l => l.ImportId, cancellationToken).ConfigureAwait(false);
        }

        var failed = 0;
        foreach (var id in running)
        {
            if (activity.IsRunning(id))
            {
                continue;
            }

            var lease = held.GetValueOrDefault(id);
            if (lease is not null && (IsAlive(lease) || !await TakeOverAsync(lease, cancellationToken).ConfigureAwait(false)))
            {
                continue;
            }

            if (await FailInterruptedAsync(id, cancellationToken).ConfigureAwait(false))
            {
                failed++;
            }
        }

        return failed;
    }

    /// <summary>Runs the oldest queued import, if any, to its end; false when none was queued.</summary>
    /// <param name="stopping">Stops the import when the process stops; it is then recorded as failed.</param>
    public async Task<bool> RunNextAsync(CancellationToken stopping)
    {
        var upload = await StartNextAsync(stopping).ConfigureAwait(false);
        if (upload is null)
        {
            return false;
        }

        var run = activity.Begin(upload.Id, clock, stopping);
        using var renewal = new CancellationTokenSource();
        var renewing = RenewAsync(upload.Id, run, renewal.Token);
        try
        {
            var outcome = await ImportAsync(upload, run).ConfigureAwait(false);

            // Recorded even when the process is stopping: the import is over either way. The lease
            // is renewed until it is: a record that waits for the audit lock (another server's
            // import holds it while it saves) must not let a recovery call a committed import failed.
            await RecordAsync(upload.Id, outcome, stopping).ConfigureAwait(false);
        }
        finally
        {
            await renewal.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
            activity.End(upload.Id);
        }

        return true;
    }

    private async Task<ListImport?> StartNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var context = database.CreateContext(Actor);
            var queued = await context.ListImports.AsNoTracking()
                .Where(i => i.State == ListImportState.Queued)
                .Select(i => new { i.Id, i.UploadedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (queued.Count == 0)
            {
                return null;
            }

            var next = queued.OrderBy(i => i.UploadedAt).ThenBy(i => i.Id).First().Id;
            var upload = await context.ListImports.FirstAsync(i => i.Id == next, cancellationToken).ConfigureAwait(false);
            try
            {
                // The start and the lease in one transaction: no server ever sees the import
                // running without knowing who runs it.
                upload.Start();
                var now = clock.GetUtcNow();
                context.ListImportLeases.Add(new ListImportLease(upload.Id, activity.RunnerId, now, now + _leases.Length));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return upload;
            }
            catch (ConcurrencyConflictException)
            {
                // Cancelled (or taken) between the look and the start: look again.
            }
        }
    }

    // Renews the lease every Renewal until cancelled, outside the audited save (which would wait
    // for the import's own transaction on PostgreSQL). Stops the import when its lease was taken
    // by another server's recovery, or when it was cancelled on another server.
    private async Task RenewAsync(Guid id, ListImportRun run, CancellationToken cancellationToken)
    {
        if (OneServer)
        {
            return;
        }

        using var timer = new PeriodicTimer(_leases.Renewal, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    if (!await RenewOnceAsync(id, run, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                catch (Exception e) when ((e is DbException or TimeoutException or InvalidOperationException) && !cancellationToken.IsCancellationRequested)
                {
                    // The database did not answer this time; the lease outlasts the next renewal.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The import's end is recorded: nothing left to keep alive.
        }
    }

    private async Task<bool> RenewOnceAsync(Guid id, ListImportRun run, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext(Actor);
        var now = clock.GetUtcNow();
        var expires = now + _leases.Length;
        var me = activity.RunnerId;
        var kept = await context.ListImportLeases
            .Where(l => l.ImportId == id && l.RunnerId == me)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RenewedAt, now).SetProperty(l => l.ExpiresAt, expires).SetProperty(l => l.Renewals, l => l.Renewals + 1), cancellationToken)
            .ConfigureAwait(false);
        var upload = await context.ListImports.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new { i.State, i.DecidedBy })
            .FirstAsync(cancellationToken).ConfigureAwait(false);
        if (upload.State == ListImportState.Cancelled)
        {
            // Someone cancelled it on another server, which could only record it.
            run.Cancel(upload.DecidedBy ?? Actor);
            return false;
        }

        if (kept == 0 || upload.State != ListImportState.Running)
        {
            run.Abandon();
            return false;
        }

        return true;
    }

    private bool IsAlive(ListImportLease lease) =>
        lease.ExpiresAt > clock.GetUtcNow() && (!OneServer || string.Equals(lease.RunnerId, activity.RunnerId, StringComparison.Ordinal));

    // Takes an expired lease over, only if its runner did not renew it since it was read: the one
    // recovery that succeeds fails the import, and a runner that comes back finds it lost.
    private async Task<bool> TakeOverAsync(ListImportLease lease, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext(Actor);
        var now = clock.GetUtcNow();
        var expires = now + _leases.Length;
        var me = activity.RunnerId;
        var taken = await context.ListImportLeases
            .Where(l => l.ImportId == lease.ImportId && l.RunnerId == lease.RunnerId && l.Renewals == lease.Renewals)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RunnerId, me).SetProperty(l => l.RenewedAt, now).SetProperty(l => l.ExpiresAt, expires).SetProperty(l => l.Renewals, l => l.Renewals + 1), cancellationToken)
            .ConfigureAwait(false);
        return taken == 1;
    }

    private async Task<bool> FailInterruptedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext(Actor);
        var upload = await context.ListImports.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (upload is not { State: ListImportState.Running })
        {
            return false;
        }

        upload.Fail(ListProblems.Write([Interrupted(upload.FileName)]), clock.GetUtcNow());
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // It ended meanwhile (its runner recorded it, someone cancelled it, another recovery failed it).
            return false;
        }
    }

    private async Task<Outcome> ImportAsync(ListImport upload, ListImportRun run)
    {
        try
        {
            var options = ListUploads.Options(upload, clock);
            var importer = new ListImporter(database, new FixedActor(upload.DecidedBy ?? upload.UploadedBy), clock, owners);
            var report = await importer.ImportAsync(upload.Content, upload.FileName, options, run, (context, done, token) => RecordSuccessAsync(context, upload.Id, done, run, token), run.Token).ConfigureAwait(false);
            return new Outcome(ListImportState.Succeeded, report, []);
        }
        catch (ListImportException e)
        {
            return new Outcome(ListImportState.Failed, null, e.Problems);
        }
        catch (ValidationFailedException e)
        {
            return new Outcome(ListImportState.Failed, null, [.. e.Sentences.SelectMany(f => f.Value.Select(m => Sentence.Of($"{f.Key}: {m}")))]);
        }
        catch (OperationCanceledException) when (run.CancelledBy is not null)
        {
            return new Outcome(ListImportState.Cancelled, null, [], run.CancelledBy);
        }
        catch (OperationCanceledException)
        {
            return new Outcome(ListImportState.Failed, null, [Interrupted(upload.FileName)]);
        }
        catch (Exception e) when (e is DomainRuleException or ConcurrencyConflictException or DbUpdateException or InvalidOperationException)
        {
            // The registry refused the save (a rule, or someone else's change at the same moment):
            // the transaction rolled back, so the import failed as a whole and can be run again.
            var fileName = upload.FileName;
            var why = e is DomainRuleException rule ? rule.Sentence : Sentence.Of(e.Message);
            return new Outcome(ListImportState.Failed, null, [Sentence.Of($"{fileName}: the import could not be saved ({why}); nothing of it was saved.")]);
        }
    }

    // Inside the import's transaction, before it commits: the import's success is recorded in the
    // same transaction as its rows, so the two commit together. An import cancelled on another
    // server, or failed there by a recovery that took the lease, since this runner last looked is
    // not committed: its record is read here, and a change made to it meanwhile refuses this save
    // (the record's version; on PostgreSQL the other server's save waits for this transaction's
    // audit lock, and then finds the import ended).
    private async Task RecordSuccessAsync(WhereaboutsDbContext context, Guid id, ListImportReport report, ListImportRun run, CancellationToken cancellationToken)
    {
        var upload = await context.ListImports.FirstAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (upload.State == ListImportState.Cancelled)
        {
            run.Cancel(upload.DecidedBy ?? Actor);
        }

        if (upload.IsFinished)
        {
            run.Abandon();
            throw new OperationCanceledException(run.Token);
        }

        upload.Succeed(report.SourceId, ListUploads.WriteReport(report), clock.GetUtcNow());
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Ended by someone else between the read and the save: theirs is the record.
            run.Abandon();
            throw new OperationCanceledException(run.Token);
        }
    }

    private async Task RecordAsync(Guid id, Outcome outcome, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryRecordAsync(id, outcome).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Ended meanwhile by someone else (a cancellation on another server): read it again.
            }
            catch (Exception e) when ((e is DbException or DbUpdateException or TimeoutException) && attempt < RecordAttempts && !stopping.IsCancellationRequested)
            {
                // The database was busy (the audit lock, held by another server's import while it
                // saves) or unreachable: the outcome is known, so keep it (and the lease) and try again.
                await Task.Delay(_leases.Renewal, clock, stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task TryRecordAsync(Guid id, Outcome outcome)
    {
        await using var context = database.CreateContext(Actor);
        var upload = await context.ListImports.FirstAsync(i => i.Id == id, CancellationToken.None).ConfigureAwait(false);
        if (upload.IsFinished)
        {
            // Recorded by someone else: cancelled on another server, or failed by a recovery that
            // took this server's lease (the import was then stopped, and rolled back).
            return;
        }

        var now = clock.GetUtcNow();
        switch (outcome.State)
        {
            case ListImportState.Succeeded:
                upload.Succeed(outcome.Report!.SourceId, ListUploads.WriteReport(outcome.Report), now);
                break;
            case ListImportState.Cancelled:
                upload.Cancel(outcome.CancelledBy!, now);
                break;
            default:
                upload.Fail(ListProblems.Write(outcome.Problems), now);
                break;
        }

        await context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static Sentence Interrupted(string fileName) =>
        Sentence.Of($"{fileName}: The server stopped before this import finished; nothing of it was saved. Import the list again.");

    private sealed record Outcome(ListImportState State, ListImportReport? Report, IReadOnlyList<Sentence> Problems, string? CancelledBy = null);
}
