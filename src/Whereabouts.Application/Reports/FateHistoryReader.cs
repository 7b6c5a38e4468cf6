using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// Reads the fate histories of many people for a report: three flat, untracked queries (people's
/// ids and sides, every fate assertion, every retraction) grouped here, instead of whole Person
/// aggregates with their name forms, which a report over every person does not need.
/// </summary>
internal static class FateHistoryReader
{
    /// <summary>Everyone's history; people without a fate have an empty one.</summary>
    public static Task<List<FateHistory>> ReadAsync(WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        ReadAsync(context, null, cancellationToken);

    /// <summary>The histories of the identities <paramref name="identities"/> (those that still have a record of their own); everyone's when null.</summary>
    public static async Task<List<FateHistory>> ReadAsync(WhereaboutsDbContext context, IReadOnlyCollection<Guid>? identities, CancellationToken cancellationToken)
    {
        var people = context.People.AsNoTracking();
        if (identities is not null)
        {
            people = people.Where(p => identities.Contains(p.IdentityId));
        }

        var owners = await people.Select(p => new { p.Id, p.IdentityId, p.Side }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var identityOf = owners.Where(o => o.IdentityId != o.Id).ToDictionary(o => o.Id, o => o.IdentityId);
        var members = identities is null ? null : owners.Select(o => o.Id).ToList();

        // The owner is a shadow key of the assertion.
        var assertions = await context.FateAssertions.AsNoTracking()
            .Where(a => members == null || members.Contains(EF.Property<Guid>(a, "PersonId")))
            .Select(a => new { PersonId = EF.Property<Guid>(a, "PersonId"), Assertion = a })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Retractions are rare beside assertions.
        var retractions = await context.Set<FateRetraction>().AsNoTracking()
            .Where(r => members == null || members.Contains(EF.Property<Guid>(r, "PersonId")))
            .Select(r => new { PersonId = EF.Property<Guid>(r, "PersonId"), Retraction = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var assertionsByPerson = new Dictionary<Guid, List<FateAssertion>>(owners.Count);
        foreach (var row in assertions)
        {
            var owner = identityOf.GetValueOrDefault(row.PersonId, row.PersonId);
            if (!assertionsByPerson.TryGetValue(owner, out var list))
            {
                assertionsByPerson[owner] = list = new List<FateAssertion>(3);
            }

            list.Add(row.Assertion);
        }

        var retractionsByPerson = retractions
            .GroupBy(r => identityOf.GetValueOrDefault(r.PersonId, r.PersonId))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Retraction).ToList());
        return [.. owners.Where(o => o.IdentityId == o.Id).Select(o => new FateHistory(
            o.Id,
            o.Side,
            assertionsByPerson.TryGetValue(o.Id, out var held) ? held : [],
            retractionsByPerson.TryGetValue(o.Id, out var withdrawn) ? withdrawn : []))];
    }
}
