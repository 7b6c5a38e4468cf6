using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Linkage;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>Reads the registry pairs waiting for a reviewer (likeliest first) and one pair for review.</summary>
public sealed class PairReviewQuery(WhereaboutsDatabase database)
{
    /// <summary>One page of the pairs nobody has decided (pending or unsure).</summary>
    public async Task<PagedList<PairQueueItem>> ListAsync(int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var rows =
            from pair in context.PersonPairs.AsNoTracking()
            where pair.Decision == MatchDecision.Pending || pair.Decision == MatchDecision.Unsure
            join first in context.PersonIndex on pair.FirstPersonId equals first.PersonId
            join second in context.PersonIndex on pair.SecondPersonId equals second.PersonId
            select new { pair, FirstName = first.DisplayName, FirstYear = first.BirthYear, SecondName = second.DisplayName, SecondYear = second.BirthYear };
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await rows
            .OrderBy(r => r.pair.Decision).ThenByDescending(r => r.pair.Probability).ThenBy(r => r.pair.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(r => new PairQueueItem(
                r.pair.Id, r.pair.FirstPersonId, r.FirstName, r.FirstYear, r.pair.SecondPersonId, r.SecondName, r.SecondYear, r.pair.Probability, r.pair.Decision, r.pair.Origin))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<PairQueueItem>(items, number, size, total);
    }

    /// <summary>How many pairs wait for a reviewer (pending or unsure).</summary>
    public async Task<int> CountOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.PersonPairs.CountAsync(p => p.Decision == MatchDecision.Pending || p.Decision == MatchDecision.Unsure, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One pair with both records, the engine's explanation and every judgement; null when there is no such pair.</summary>
    public async Task<PairReview?> GetAsync(Guid pairId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var pair = await context.PersonPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken).ConfigureAwait(false);
        if (pair is null)
        {
            return null;
        }

        var ids = new[] { pair.FirstPersonId, pair.SecondPersonId };
        var people = await context.People.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var (first, second) = (people[pair.FirstPersonId], people[pair.SecondPersonId]);
        var placeIds = new[] { first.BirthPlaceId, second.BirthPlaceId }.OfType<Guid>().ToList();
        var places = await context.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.PrimaryName.Text, cancellationToken).ConfigureAwait(false);
        ReviewPerson Describe(Person person)
        {
            var fate = person.Fate;
            return new ReviewPerson(
                person.Id,
                person.PrimaryName.FullName,
                [.. person.StandingNames.Select(n => n.FullName).Distinct(StringComparer.Ordinal)],
                person.BirthDate,
                person.BirthPlaceId is { } place ? places.GetValueOrDefault(place) : null,
                person.Side,
                fate.Status,
                fate.IsContested);
        }

        return new PairReview(
            pair.Id,
            pair.Version,
            pair.Origin,
            pair.Decision,
            pair.Probability,
            pair.Weight,
            Describe(first),
            Describe(second),
            ExplanationJson.Fields(pair.Explanation),
            SamePersonJudgements.Differences(first, second),
            pair.Judgements);
    }
}
