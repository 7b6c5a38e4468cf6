using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Walks the audit log in order and recomputes every hash, so that an entry altered, removed or
/// inserted by hand in the database is found and named.
/// </summary>
public static class AuditVerifier
{
    private const int PageSize = 5000;

    /// <summary>The number of row problems <see cref="InspectAsync"/> describes unless told otherwise; all are counted.</summary>
    public const int DefaultMaxProblems = 100;

    /// <summary>Checks the whole chain; reads it in pages so that a long log does not fill memory.</summary>
    public static Task<AuditVerification> VerifyAsync(WhereaboutsDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WalkAsync(context, visit: null, cancellationToken);
    }

    /// <summary>
    /// Gives every row the log holds no state for (no entry at all, or entries from before state
    /// hashes whose recorded values it still has) a baseline entry, attributed to
    /// <paramref name="actor"/>, with its state now (docs/adr/0022). Refuses, sealing nothing, when
    /// the chain is broken; never seals a row that disagrees with what the log recorded, which is
    /// reported as by <see cref="InspectAsync"/>.
    /// </summary>
    public static async Task<AuditReport> SealAsync(
        WhereaboutsDbContext context, string actor, DateTimeOffset now, int maxProblems = DefaultMaxProblems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var rows = new RowInspection(context, maxProblems, new RowInspection.Seal(actor, now));
        var chain = await WalkAsync(context, rows.Observe, cancellationToken).ConfigureAwait(false);
        if (!chain.IsIntact)
        {
            return new AuditReport(chain, [], 0, 0, []);
        }

        await rows.CheckRowsAsync(cancellationToken).ConfigureAwait(false);
        return new AuditReport(chain, [], rows.RowsChecked, rows.ProblemCount, rows.Problems, rows.RowsSealed);
    }

    /// <summary>
    /// Checks the chain, that it still reaches each of <paramref name="anchors"/>, and that every
    /// row of every audited table agrees with its latest entry (docs/adr/0022). Every problem with
    /// the rows is counted; the first <paramref name="maxProblems"/> are described.
    /// </summary>
    public static async Task<AuditReport> InspectAsync(
        WhereaboutsDbContext context, IReadOnlyCollection<AuditAnchor> anchors, int maxProblems = DefaultMaxProblems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(anchors);
        var rows = new RowInspection(context, maxProblems);
        var anchorProblems = new List<string>();
        var pending = anchors.GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.ToList());
        long head = 0;
        var chain = await WalkAsync(context, entry =>
        {
            head = entry.Sequence;
            rows.Observe(entry);
            if (pending.Remove(entry.Sequence, out var here))
            {
                anchorProblems.AddRange(here.Where(a => !string.Equals(a.Hash, entry.Hash, StringComparison.Ordinal))
                    .Select(a => $"anchor {a}: entry {a.Sequence} has a different hash now ({entry.Hash}): the log was rewritten"));
            }
        }, cancellationToken).ConfigureAwait(false);
        anchorProblems.AddRange(pending.Values.SelectMany(a => a).OrderBy(a => a.Sequence).Select(a => a.Sequence > head
            ? string.Create(CultureInfo.InvariantCulture, $"anchor {a}: the log ends at entry {head}, before it: entries were removed from its end")
            : $"anchor {a}: entry {a.Sequence} is missing"));
        await rows.CheckRowsAsync(cancellationToken).ConfigureAwait(false);
        return new AuditReport(chain, anchorProblems, rows.RowsChecked, rows.ProblemCount, rows.Problems);
    }

    // Walks the chain in order. Without a visitor the walk stops at the first broken entry; with
    // one it goes on to the end (the rows are compared with every entry there is), still
    // reporting the first break.
    private static async Task<AuditVerification> WalkAsync(WhereaboutsDbContext context, Action<AuditEntry>? visit, CancellationToken cancellationToken)
    {
        AuditVerification? broken = null;
        var previousHash = AuditChain.Genesis;
        long expected = 1;
        long checkedCount = 0;
        while (true)
        {
            var from = expected;
            var page = await context.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return broken is null ? new AuditVerification(checkedCount, null, null) : broken with { EntriesChecked = checkedCount };
            }

            foreach (var entry in page)
            {
                checkedCount++;
                visit?.Invoke(entry);
                broken ??= Check(entry, expected, previousHash, checkedCount);
                if (broken is not null && visit is null)
                {
                    return broken;
                }

                previousHash = entry.Hash;
                expected = entry.Sequence + 1;
            }
        }
    }

    private static AuditVerification? Check(AuditEntry entry, long expected, string previousHash, long checkedCount)
    {
        if (entry.Sequence != expected)
        {
            return new AuditVerification(checkedCount, expected, $"entry {expected} is missing (the next entry is {entry.Sequence})");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return new AuditVerification(checkedCount, entry.Sequence, "its previous-hash does not match the entry before it");
        }

        if (!string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
        {
            return new AuditVerification(checkedCount, entry.Sequence, "its content does not match its hash (the row was altered)");
        }

        return null;
    }
}
