using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Walks the audit log in order and recomputes every hash, so that an entry altered, removed or
/// inserted by hand in the database is found and named.
/// </summary>
public static class AuditVerifier
{
    private const int PageSize = 5000;

    /// <summary>Checks the whole chain; reads it in pages so that a long log does not fill memory.</summary>
    public static async Task<AuditVerification> VerifyAsync(WhereaboutsDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
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
                return new AuditVerification(checkedCount, null, null);
            }

            foreach (var entry in page)
            {
                checkedCount++;
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

                previousHash = entry.Hash;
                expected++;
            }
        }
    }
}
