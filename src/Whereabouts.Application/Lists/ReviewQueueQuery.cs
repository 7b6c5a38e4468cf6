using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Linkage;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>Reads the review queue (matches nobody has decided, likeliest first) and one match for review.</summary>
public sealed class ReviewQueueQuery(WhereaboutsDatabase database)
{
    /// <summary>One page of the matches waiting for a reviewer (pending or unsure), optionally of one list.</summary>
    public async Task<PagedList<ReviewQueueItem>> ListAsync(int? page, int? pageSize, Guid? sourceId = null, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var open = context.ListMatches.AsNoTracking().Where(m => m.Decision == MatchDecision.Pending || m.Decision == MatchDecision.Unsure);
        var rows =
            from m in open
            join e in context.ListEntries on m.EntryId equals e.Id
            join s in context.Sources on e.SourceId equals s.Id
            join p in context.PersonIndex on m.PersonId equals p.PersonId
            where sourceId == null || e.SourceId == sourceId
            select new { m, e, s.Title, p.DisplayName, p.BirthYear };
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await rows
            .OrderBy(r => r.m.Decision).ThenByDescending(r => r.m.Probability).ThenBy(r => r.e.SourceId).ThenBy(r => r.e.Line).ThenBy(r => r.m.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(r => new ReviewQueueItem(
                r.m.Id, r.e.Id, r.Title, r.e.Line,
                (r.e.GivenName ?? string.Empty) + " " + (r.e.Patronymic ?? string.Empty) + " " + (r.e.FamilyName ?? string.Empty),
                r.e.BirthDate, r.m.PersonId, r.DisplayName, r.BirthYear, r.m.Probability, r.m.Decision))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Names are joined in the database with spaces for missing parts; tidy them here.
        var tidy = items.Select(i => i with { EntryName = string.Join(' ', i.EntryName.Split(' ', StringSplitOptions.RemoveEmptyEntries)) }).ToList();
        return new PagedList<ReviewQueueItem>(tidy, number, size, total);
    }

    /// <summary>How many matches wait for a reviewer (pending or unsure), for a count beside the queue's link.</summary>
    public async Task<int> CountOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.ListMatches.CountAsync(m => m.Decision == MatchDecision.Pending || m.Decision == MatchDecision.Unsure, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lists that have matches waiting for a reviewer, by title.</summary>
    public async Task<IReadOnlyList<ReviewList>> ListsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var lists = await (
                from m in context.ListMatches.AsNoTracking()
                where m.Decision == MatchDecision.Pending || m.Decision == MatchDecision.Unsure
                join e in context.ListEntries on m.EntryId equals e.Id
                group m by e.SourceId into g
                select new { SourceId = g.Key, Open = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = lists.Select(l => l.SourceId).ToList();
        var titles = await context.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        return [.. lists
            .Select(l => new ReviewList(l.SourceId, titles.GetValueOrDefault(l.SourceId) ?? string.Empty, l.Open))
            .OrderBy(l => l.Title, StringComparer.Ordinal)];
    }

    /// <summary>One match with both records, the engine's explanation and every judgement; null when there is no such match.</summary>
    public async Task<MatchReview?> GetAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var match = await context.ListMatches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return null;
        }

        var entry = await context.ListEntries.AsNoTracking().SingleAsync(e => e.Id == match.EntryId, cancellationToken).ConfigureAwait(false);
        var sourceTitle = await context.Sources.AsNoTracking().Where(s => s.Id == entry.SourceId).Select(s => s.Title).SingleAsync(cancellationToken).ConfigureAwait(false);
        var person = await context.People.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == match.PersonId, cancellationToken).ConfigureAwait(false);
        var birthPlace = person.BirthPlaceId is { } placeId
            ? (await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placeId, cancellationToken).ConfigureAwait(false))?.PrimaryName.Text
            : null;
        var siblings = await (
                from m in context.ListMatches.AsNoTracking()
                join p in context.PersonIndex on m.PersonId equals p.PersonId
                where m.EntryId == entry.Id && m.Id != match.Id
                orderby m.Probability descending
                select new ReviewCandidate(m.Id, m.PersonId, p.DisplayName, m.Probability, m.Decision))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var fate = person.Fate;
        var linkedElsewhere = siblings.Any(s => s.Decision == MatchDecision.Same);
        var allRejected = match.Decision == MatchDecision.NotSame && siblings.All(s => s.Decision == MatchDecision.NotSame);
        return new MatchReview(
            match.Id,
            match.Version,
            match.Origin,
            match.Decision,
            match.Probability,
            match.Weight,
            new ReviewEntry(entry.Id, entry.SourceId, sourceTitle, entry.RecordId, entry.Line, entry.GivenName, entry.FamilyName, entry.Patronymic, entry.BirthDate, entry.BirthPlace, entry.Fate, entry.FateAsOf, entry.Side,
                new ListEntryDetails(entry.NameAsWritten, entry.Sex, entry.Rank, entry.Unit, entry.ServiceNumber, entry.Notes, entry.OtherColumns)),
            new ReviewPerson(person.Id, person.PrimaryName.FullName, [.. person.StandingNames.Select(n => n.FullName).Distinct(StringComparer.Ordinal)], person.BirthDate, birthPlace, person.Side, fate.Status, fate.IsContested, person.Rank, person.Unit, person.ServiceNumber),
            ExplanationJson.Fields(match.Explanation),
            match.Judgements,
            siblings,
            match.CanUndo,
            allRejected && !linkedElsewhere,
            ExplanationJson.Cautions(match.Explanation));
    }
}
