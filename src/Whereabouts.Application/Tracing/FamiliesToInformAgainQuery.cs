using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Legal;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// The families to inform again (<see cref="InformAgainQuery"/>: the identity's current credible
/// fate differs from what they were last told), each with the tracing requests made about any
/// record of that identity, so that the caseworker knows whom to call and under which reference.
/// </summary>
public sealed class FamiliesToInformAgainQuery(WhereaboutsDatabase database, InformAgainQuery informAgain)
{
    /// <summary>Every family to inform again, the longest-waiting (told earliest) first.</summary>
    public async Task<IReadOnlyList<FamilyToInformAgain>> ListAsync(CancellationToken cancellationToken = default)
    {
        var cases = await informAgain.ListAsync(cancellationToken).ConfigureAwait(false);
        if (cases.Count == 0)
        {
            return [];
        }

        await using var context = database.CreateContext();
        var identities = cases.Select(c => c.PersonId).ToList();
        var requests = await (
                from r in context.TracingRequests.AsNoTracking().IgnoreAutoIncludes()
                join p in context.People.AsNoTracking().IgnoreAutoIncludes() on r.PersonId equals p.Id
                where identities.Contains(p.IdentityId)
                select new { p.IdentityId, r.Id, r.Reference, r.Relationship, r.Status, r.RecordedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byIdentity = requests.ToLookup(r => r.IdentityId);
        return [.. cases.Select(c => new FamilyToInformAgain(
            c,
            [.. byIdentity[c.PersonId]
                .OrderBy(r => r.RecordedAt).ThenBy(r => r.Reference, StringComparer.Ordinal)
                .Select(r => new RequestLink(r.Id, r.Reference, r.Relationship, r.Status))]))];
    }
}
