using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Places;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Control;

/// <summary>
/// Records, retracts and reads who held a place over time: each period as one source tells it
/// (the peacekeepers' map of 13 December, that of 14 December), sources that contradict each other
/// kept side by side. Periods are never edited or removed: a wrong one is retracted once, with who,
/// when and why, and stays listed apart.
/// </summary>
public sealed class PlaceControls(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["control.kind"] = "kind",
        ["control.party"] = "party",
        ["control.holder-required"] = "party",
        ["control.from-required"] = "from",
        ["control.order"] = "to",
        ["control.source-required"] = "sourceId",
        ["control.text-length"] = "note",
        ["control.reason-required"] = "reason",
        ["control.already-retracted"] = "reason",
    };

    /// <summary>Reads the day of a question "who held what on a day" as a query string gives it (YYYY-MM-DD; required).</summary>
    /// <exception cref="ValidationFailedException">No day, or not a calendar day; the message names "day".</exception>
    public static DateOnly ParseDay(string? day)
    {
        var errors = new FieldErrors();
        var text = day?.Trim();
        var parsed = default(DateOnly);
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("day", "Give the day as YYYY-MM-DD (2020-12-13).");
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            errors.Add("day", $"'{text}' is not a day; write it as YYYY-MM-DD (2020-12-15).");
        }

        errors.ThrowIfAny();
        return parsed;
    }

    /// <summary>Records a period of control of the place <paramref name="placeId"/>.</summary>
    /// <returns>The saved period, or null when no place has <paramref name="placeId"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong (no holder, an unknown party or source, an end before the start); nothing was saved.</exception>
    public async Task<PlaceControlView?> RecordAsync(Guid placeId, PlaceControlInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var kind = string.IsNullOrWhiteSpace(input.Kind) ? (ControlKind?)null : errors.Choice("kind", input.Kind, ControlKind.Controlled);
        if (kind is null)
        {
            errors.Add("kind", $"Choose what the source says: one of {string.Join(", ", Enum.GetNames<ControlKind>())}.");
        }

        var from = errors.Date("from", input.From, FieldErrors.LatestToday(clock), "Enter the first day of the period, such as 2020-12-13 or 2020-12.");

        // A source may give an end still to come (a mandate until a day), so the end may be in the future.
        var to = errors.Date("to", input.To, DateOnly.MaxValue);
        if (from is not null && to is not null && to.Latest < from.Earliest)
        {
            errors.Add("to", $"The period cannot end on {to} before it begins on {from}.");
        }

        var holder = errors.Text("holder", input.Holder, PlaceControl.ShortTextLength);
        var locator = errors.Text("locator", input.Locator, PlaceControl.ShortTextLength);
        var note = errors.Text("note", input.Note, PlaceControl.NoteLength);
        if (input.SourceId is null || input.SourceId == Guid.Empty)
        {
            errors.Add("sourceId", "Choose the source that shows it: who held a place rests on a document.");
        }

        await using var context = database.CreateContext(actor.Name);
        var parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
        var party = PartyReference.Resolve(errors, "party", input.Party, parties);
        if (kind is not null and not ControlKind.Contested && party is null && holder is null && !errors.Has("party"))
        {
            errors.Add("party", $"Say who held the place: a party to the conflict ({parties.Slugs}), or the name of another holder such as a peacekeeping contingent.");
        }

        if (input.SourceId is { } sourceId && sourceId != Guid.Empty
            && !await context.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("sourceId", $"No source in the registry has the id {sourceId}.");
        }

        if (!await context.Places.AnyAsync(p => p.Id == placeId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        errors.ThrowIfAny();
        PlaceControl recorded;
        try
        {
            recorded = new PlaceControl(
                Guid.NewGuid(), placeId, kind!.Value, party, holder, from!, to, input.SourceId!.Value, locator, note, actor.Name, clock.GetUtcNow());
        }
        catch (DomainRuleException e) when (FieldOfRule.TryGetValue(e.Rule, out var field))
        {
            throw new ValidationFailedException(field, e.Sentence);
        }

        context.PlaceControls.Add(recorded);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ViewsAsync(context, [recorded], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Retracts the period <paramref name="periodId"/> in the actor's name, now.</summary>
    /// <returns>The retracted period, or null when no period has <paramref name="periodId"/>.</returns>
    /// <exception cref="ValidationFailedException">No reason, or the period was already retracted ("reason"); nothing was saved.</exception>
    public async Task<PlaceControlView?> RetractAsync(Guid periodId, PlaceControlRetractionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var reason = errors.Text("reason", input.Reason, PlaceControl.NoteLength, "Say why the period is retracted.");
        await using var context = database.CreateContext(actor.Name);
        var found = await context.PlaceControls.FirstOrDefaultAsync(c => c.Id == periodId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        if (!found.Stands)
        {
            errors.Add("reason", "This period was already retracted; a retraction is recorded once.");
        }

        errors.ThrowIfAny();
        found.Retract(actor.Name, clock.GetUtcNow(), reason!);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ViewsAsync(context, [found], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Every period recorded for the place, standing ones and retracted ones apart; null when no place has <paramref name="placeId"/>.</summary>
    public async Task<PlaceControlTimeline?> TimelineAsync(Guid placeId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var place = await PlaceAsync(context, placeId, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            return null;
        }

        var periods = await context.PlaceControls.AsNoTracking().Where(c => c.PlaceId == placeId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = await ViewsAsync(context, periods, cancellationToken).ConfigureAwait(false);
        return new PlaceControlTimeline(place, [.. views.Where(v => v.Stands)], [.. views.Where(v => !v.Stands)]);
    }

    /// <summary>Who held the place on <paramref name="day"/>, by every source that says; null when no place has <paramref name="placeId"/>.</summary>
    public async Task<PlaceControlAt?> OnDayAsync(Guid placeId, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var place = await PlaceAsync(context, placeId, cancellationToken).ConfigureAwait(false);
        return place is null ? null : await AtAsync(context, place, PartialDate.OfDay(day), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Who held each place on <paramref name="day"/>: the places with at least one standing period
    /// that may include it, by name, each with every such period (for the map, and the API).
    /// </summary>
    public async Task<IReadOnlyList<PlaceControlAt>> EveryPlaceOnDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await EveryPlaceOnDayAsync(context, day, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="EveryPlaceOnDayAsync(DateOnly, CancellationToken)"/>, through <paramref name="context"/> (the map's query).</summary>
    internal static async Task<List<PlaceControlAt>> EveryPlaceOnDayAsync(WhereaboutsDbContext context, DateOnly day, CancellationToken cancellationToken)
    {
        var when = PartialDate.OfDay(day);

        // Periods are few (a handful per place): the overlap is checked here, on partial dates.
        var standing = (await context.PlaceControls.AsNoTracking().Where(c => c.RetractedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(c => c.MayInclude(day))
            .ToList();
        if (standing.Count == 0)
        {
            return [];
        }

        var placeIds = standing.Select(c => c.PlaceId).Distinct().ToList();
        var places = await context.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = await ViewsAsync(context, standing, cancellationToken).ConfigureAwait(false);
        return [.. places
            .Select(p => new PlaceControlAt(new PlaceLink(p.Id, p.PrimaryName.Text), when, [.. views.Where(v => v.PlaceId == p.Id)]))
            .OrderBy(a => a.Place.Name, StringComparer.Ordinal).ThenBy(a => a.Place.Id)];
    }

    /// <summary>
    /// Who held the place of capture on the day of capture: the record's first standing assertion of
    /// captivity that names a place (by the day it refers to), and every standing period of that
    /// place that may include that day. Null when no person has <paramref name="personId"/> or no
    /// assertion of captivity names a place.
    /// </summary>
    public async Task<PlaceControlAt?> AtCaptureAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();

        // Every dossier asks, and nearly every record has no assertion that names a place: its
        // assertions with a place are read alone (one indexed look-up, usually empty), not the
        // person whole with every name and assertion, and the retractions only when there are some.
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var placed = (await context.FateAssertions.AsNoTracking()
                .Where(a => EF.Property<Guid?>(a, "PersonId") == personId && a.PlaceId != null)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(a => FateTransitions.GroupOf(a.Status) == FateGroup.Captivity)
            .ToList();
        if (placed.Count == 0)
        {
            return null;
        }

        var retracted = (await context.Set<FateRetraction>().AsNoTracking()
                .Where(r => EF.Property<Guid?>(r, "PersonId") == personId)
                .Select(r => r.AssertionId)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet();
        return await AtFirstCaptureAsync(context, placed, retracted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="AtCaptureAsync(Guid, CancellationToken)"/>, through <paramref name="context"/>,
    /// for a <paramref name="record"/> the caller read whole (the dossier's page): its assertions
    /// and retractions are not read again.
    /// </summary>
    internal static Task<PlaceControlAt?> AtCaptureAsync(WhereaboutsDbContext context, Person record, CancellationToken cancellationToken) =>
        AtFirstCaptureAsync(
            context,
            [.. record.FateAssertions.Where(a => a.PlaceId != null && FateTransitions.GroupOf(a.Status) == FateGroup.Captivity)],
            [.. record.FateRetractions.Select(r => r.AssertionId)],
            cancellationToken);

    // Who held the place of the first standing assertion among <paramref name="placed"/> (of
    // captivity, naming a place), or null when every one was retracted.
    private static async Task<PlaceControlAt?> AtFirstCaptureAsync(
        WhereaboutsDbContext context, List<FateAssertion> placed, HashSet<Guid> retracted, CancellationToken cancellationToken)
    {
        var capture = placed
            .Where(a => !retracted.Contains(a.Id))
            .OrderBy(a => a.AsOf.Earliest).ThenBy(a => a.AsOf.Latest).ThenBy(a => a.RecordedAt).ThenBy(a => a.Id)
            .FirstOrDefault();
        if (capture is null)
        {
            return null;
        }

        var place = await PlaceAsync(context, capture.PlaceId!.Value, cancellationToken).ConfigureAwait(false);
        return place is null ? null : await AtAsync(context, place, capture.AsOf, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PlaceControlAt> AtAsync(WhereaboutsDbContext context, PlaceLink place, PartialDate when, CancellationToken cancellationToken)
    {
        var standing = await context.PlaceControls.AsNoTracking().Where(c => c.PlaceId == place.Id && c.RetractedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = await ViewsAsync(context, standing, cancellationToken).ConfigureAwait(false);
        return new PlaceControlAt(place, when, [.. views.Where(v => v.MayOverlap(when))]);
    }

    private static async Task<PlaceLink?> PlaceAsync(WhereaboutsDbContext context, Guid placeId, CancellationToken cancellationToken)
    {
        var place = await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placeId, cancellationToken).ConfigureAwait(false);
        return place is null ? null : new PlaceLink(place.Id, place.PrimaryName.Text);
    }

    /// <summary>The views of <paramref name="periods"/>, earliest first, with their sources' titles.</summary>
    private static async Task<List<PlaceControlView>> ViewsAsync(WhereaboutsDbContext context, IReadOnlyList<PlaceControl> periods, CancellationToken cancellationToken)
    {
        var documents = await LegalViews.DocumentsAsync(context, [.. periods.Select(c => c.SourceId).Distinct()], cancellationToken).ConfigureAwait(false);
        return [.. periods
            .OrderBy(c => c.From.Earliest).ThenBy(c => c.To?.Latest ?? DateOnly.MaxValue).ThenBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Select(c => new PlaceControlView(
                c.Id, c.PlaceId, c.Kind, c.Party, c.Holder, c.From, c.To,
                documents.GetValueOrDefault(c.SourceId) ?? new DocumentLink(c.SourceId, c.SourceId.ToString()),
                c.Locator, c.Note, c.RecordedBy, c.RecordedAt, c.RetractedBy, c.RetractedAt, c.RetractionReason))];
    }
}
