using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Runs queued list imports one at a time, for the web app's background runner: each in one
/// transaction (the importer's), its success, failure or cancellation recorded on the upload.
/// One at a time, so that an import's single write never competes with another's, and the
/// registry's other writers wait for at most one short save.
/// </summary>
public sealed class ListImportRunner(WhereaboutsDatabase database, TimeProvider clock, ListImportActivity activity, IApiKeyOwnerCache? owners = null)
{
    /// <summary>Why an import left unfinished by a stopped process failed, in English.</summary>
    public const string InterruptedText = "The server stopped before this import finished; nothing of it was saved. Import the list again.";

    /// <summary>
    /// Marks the imports left queued or running by a process that stopped as failed, saying so
    /// (their transaction never committed, so nothing of them is in the registry). Call it once,
    /// before the first <see cref="RunNextAsync"/>. Returns how many there were.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext("list import runner");
        var left = await context.ListImports
            .Where(i => i.State == ListImportState.Queued || i.State == ListImportState.Running)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var upload in left)
        {
            upload.Fail(ListProblems.Write([Interrupted(upload.FileName)]), clock.GetUtcNow());
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return left.Count;
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
        try
        {
            var outcome = await ImportAsync(upload, run).ConfigureAwait(false);

            // Recorded even when the process is stopping: the import is over either way.
            await RecordAsync(upload.Id, outcome, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            activity.End(upload.Id);
        }

        return true;
    }

    private async Task<ListImport?> StartNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var context = database.CreateContext("list import runner");
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
                upload.Start();
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return upload;
            }
            catch (ConcurrencyConflictException)
            {
                // Cancelled (or taken) between the look and the start: look again.
            }
        }
    }

    private async Task<Outcome> ImportAsync(ListImport upload, ListImportRun run)
    {
        try
        {
            var options = ListUploads.Options(upload, clock);
            var importer = new ListImporter(database, new FixedActor(upload.DecidedBy ?? upload.UploadedBy), clock, owners);
            var report = await importer.ImportAsync(upload.Content, upload.FileName, options, run, run.Token).ConfigureAwait(false);
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

    private async Task RecordAsync(Guid id, Outcome outcome, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext("list import runner");
        var upload = await context.ListImports.FirstAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
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

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Sentence Interrupted(string fileName) =>
        Sentence.Of($"{fileName}: The server stopped before this import finished; nothing of it was saved. Import the list again.");

    private sealed record Outcome(ListImportState State, ListImportReport? Report, IReadOnlyList<Sentence> Problems, string? CancelledBy = null);
}
