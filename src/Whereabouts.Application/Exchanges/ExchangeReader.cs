using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Places;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Exchanges;

/// <summary>Lists exchanges and reads one with its people and its announced totals against named ones.</summary>
public sealed class ExchangeReader(WhereaboutsDatabase database)
{
    /// <summary>One page of exchanges, latest first.</summary>
    /// <remarks>Sorted in memory: exchanges number in the tens, and partial dates sort by time only in memory.</remarks>
    public async Task<PagedList<ExchangeListItem>> ListAsync(int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var all = await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = Latest(all)
            .Skip((number - 1) * size).Take(size)
            .Select(e => new ExchangeListItem(e.Id, e.Date, e.Terms, e.Route, [.. e.Mediators], NamedBySide(e)))
            .ToList();
        return new PagedList<ExchangeListItem>(items, number, size, all.Count);
    }

    /// <summary>The exchange with its people and totals, or null when no exchange has <paramref name="id"/>.</summary>
    public async Task<ExchangeDossier?> DossierAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await DossierAsync(context, id, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<ExchangeDossier?> DossierAsync(WhereaboutsDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var exchange = await context.Exchanges.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (exchange is null)
        {
            return null;
        }

        PlaceLink? place = null;
        if (exchange.PlaceId is { } placeId)
        {
            var names = await IncidentReader.PlaceNamesAsync(context, [placeId], cancellationToken).ConfigureAwait(false);
            place = new PlaceLink(placeId, names.GetValueOrDefault(placeId, placeId.ToString()));
        }

        var incident = exchange.IncidentId is { } incidentId
            ? await context.Incidents.AsNoTracking().Where(i => i.Id == incidentId).Select(i => new IncidentLink(i.Id, i.Name, i.StartedOn, i.EndedOn))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var sourceIds = exchange.SourceIds.ToList();
        var sources = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new SourceChoice(s.Id, s.Title, s.Reliability), cancellationToken).ConfigureAwait(false);

        var personIds = exchange.Transfers.Select(t => t.PersonId).ToList();
        var people = await context.PersonIndex.AsNoTracking().Where(p => personIds.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, cancellationToken).ConfigureAwait(false);
        var transfers = exchange.Transfers.Select(t =>
        {
            var person = people.GetValueOrDefault(t.PersonId);
            var side = person?.Side;
            return new ExchangeTransferView(
                new PersonLink(t.PersonId, person?.DisplayName ?? t.PersonId.ToString(), person?.IsInvented ?? false),
                side,
                t.HandedOverBy,
                t.ReceivedBy,
                t.Kind,
                t.FateFor(side),
                t.SourceId ?? exchange.SourceIds[0]);
        }).ToList();

        var totals = await TotalsAsync(context, [exchange], cancellationToken).ConfigureAwait(false);
        return new ExchangeDossier(
            exchange.Id,
            exchange.Date,
            exchange.Terms,
            exchange.TermsText,
            place,
            exchange.Route,
            [.. exchange.Parties],
            [.. exchange.Mediators],
            incident,
            exchange.Notes,
            [.. sourceIds.Where(sources.ContainsKey).Select(s => sources[s])],
            transfers,
            totals[exchange.Id],
            exchange.RecordedBy,
            exchange.RecordedAt,
            exchange.Version);
    }

    /// <summary>
    /// Per exchange and receiving side: the released-people claims on the exchange's incident against
    /// the named people that side received. A side appears when it has either.
    /// </summary>
    internal static async Task<Dictionary<Guid, IReadOnlyList<ExchangeTotal>>> TotalsAsync(
        WhereaboutsDbContext context, IReadOnlyList<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var incidentIds = exchanges.Where(e => e.IncidentId is not null).Select(e => e.IncidentId!.Value).Distinct().ToList();
        var claims = incidentIds.Count == 0
            ? []
            : await ClaimViews.ReadAsync(
                context,
                context.CountClaims.Where(c => c.IncidentId != null && incidentIds.Contains(c.IncidentId.Value) && c.Category == CountCategory.Released),
                cancellationToken).ConfigureAwait(false);
        var totals = new Dictionary<Guid, IReadOnlyList<ExchangeTotal>>();
        foreach (var exchange in exchanges)
        {
            var announced = exchange.IncidentId is { } incident ? claims.Where(c => c.IncidentId == incident).ToList() : [];
            var sides = SideOrder.Of(exchange.Transfers.Select(t => (string?)t.ReceivedBy).Concat(announced.Select(c => c.Side)));
            totals[exchange.Id] = [.. sides.Select(side => new ExchangeTotal(
                side,
                [.. announced.Where(c => string.Equals(c.Side, side, StringComparison.Ordinal))],
                exchange.Transfers.Count(t => string.Equals(t.ReceivedBy, side, StringComparison.Ordinal))))];
        }

        return totals;
    }

    internal static IEnumerable<Exchange> Latest(IEnumerable<Exchange> exchanges) =>
        exchanges.OrderByDescending(e => e.Date).ThenByDescending(e => e.RecordedAt).ThenBy(e => e.Id);

    private static List<SideCount> NamedBySide(Exchange exchange) =>
        [.. exchange.Transfers.GroupBy(t => t.ReceivedBy).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SideCount(g.Key, g.Count()))];
}
