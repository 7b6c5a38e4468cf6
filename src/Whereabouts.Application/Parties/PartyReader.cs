using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Parties;

/// <summary>Reads the registry's parties, and which of them records refer to.</summary>
public sealed class PartyReader(WhereaboutsDatabase database)
{
    /// <summary>Every party, in slug order.</summary>
    public async Task<PartyList> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The party with <paramref name="slug"/> (any case), or null.</summary>
    public async Task<PartyView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        var parties = await ListAsync(cancellationToken).ConfigureAwait(false);
        return Domain.Party.IsSlug(slug) ? parties.Find(Domain.Party.NormalizeSlug(slug)) : null;
    }

    /// <summary>The slugs of the parties that a person, a count claim, an exchange or a legal case refers to.</summary>
    public async Task<IReadOnlySet<string>> InUseAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await InUseAsync(context, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IReadOnlySet<string>> InUseAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        used.UnionWith(await context.People.AsNoTracking().IgnoreAutoIncludes().Where(p => p.Side != null).Select(p => p.Side!).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        used.UnionWith(await context.CountClaims.AsNoTracking().Where(c => c.Side != null).Select(c => c.Side!).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        used.UnionWith(await context.LegalCases.AsNoTracking().IgnoreAutoIncludes().Where(c => c.DetainingParty != null).Select(c => c.DetainingParty!).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        // The transfers are JSON inside each exchange; exchanges are few.
        var exchanges = await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var transfer in exchanges.SelectMany(e => e.Transfers))
        {
            used.Add(transfer.HandedOverBy);
            used.Add(transfer.ReceivedBy);
        }

        return used;
    }
}
