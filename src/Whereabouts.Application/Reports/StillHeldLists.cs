using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The still-held lists of the days last asked about, kept between requests while the registry
/// stands still: who of a side was held on a day, in the list's order, does not change until
/// something is saved. A page of a day already asked about then costs its own people's sources
/// and cases; a new day costs a scan of the spans in which the side's people were held, made once
/// from the kept histories (<see cref="CaptivitySpans"/>, <see cref="FateHistoryCache"/>), and the
/// names of the held not named yet, never anyone's evidence read from the database.
/// </summary>
/// <remarks>
/// <para>Each list is stamped with the audit log's head read before it was made (every save
/// appends to the log in its own transaction, docs/adr/0006) and is made again once the head has
/// moved, whoever saved: a person released drops out of the next request, as a name corrected
/// changes their place in the order. The names of the held, read from the search index, are kept
/// for the head too and shared by every side and day, so that a new day reads only the names of
/// those it holds that no day held before.</para>
/// <para>At most <see cref="MostListsKept"/> lists are kept (the one used longest ago goes first):
/// at a million people a side's list of a day holds some 300,000 people, about 15 MiB. Requests
/// for a list being made wait for it rather than make their own.</para>
/// </remarks>
/// <param name="database">The registry.</param>
/// <param name="histories">The histories kept between reports.</param>
public sealed class StillHeldLists(WhereaboutsDatabase database, FateHistoryCache histories)
{
    /// <summary>The most lists (one per side, day and day as recorded) kept at once.</summary>
    public const int MostListsKept = 8;

    // Ids in one statement: within the providers' limits on parameters.
    private const int PeoplePerQuery = 500;

    // What no day's number is: the key of the lists read as the registry holds them now.
    private const int Now = -1;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Side, int AsOf, int RecordedOn), Entry> _lists = [];
    private long _uses;
    private Names? _names;

    /// <summary>The number of lists kept now (for tests).</summary>
    internal int KeptLists
    {
        get
        {
            lock (_gate)
            {
                return _lists.Count;
            }
        }
    }

    /// <summary>
    /// Everyone of <paramref name="side"/> held on <paramref name="day"/> (as recorded on
    /// <paramref name="recordedOn"/> when it is given), longest held first, then by name and id:
    /// the list kept since the registry last changed, or made now.
    /// </summary>
    /// <remarks>Shared by every request: read it, never change it.</remarks>
    internal async Task<HeldPerson[]> GetAsync(string side, DateOnly day, DateOnly? recordedOn, CancellationToken cancellationToken)
    {
        long head;
        await using (var context = database.CreateContext())
        {
            // Read before the list is made, so a list made across a save is not kept past it.
            head = await FateHistoryCache.LastChangeAsync(context, cancellationToken).ConfigureAwait(false);
        }

        var key = (side, day.DayNumber, recordedOn?.DayNumber ?? Now);
        Task<HeldPerson[]> list;
        lock (_gate)
        {
            if (!_lists.TryGetValue(key, out var entry) || entry.Head != head || entry.List.IsFaulted || entry.List.IsCanceled)
            {
                _lists.Remove(key);
                MakeRoom(head);

                // Not the caller's token: one caller going away must not fail the others waiting.
                entry = new Entry(Task.Run(() => MakeAsync(side, day, recordedOn, head)), head);
                _lists[key] = entry;
            }

            entry.LastUse = ++_uses;
            list = entry.List;
        }

        return await list.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes the list of <paramref name="side"/> on <paramref name="day"/> from the histories
    /// (kept in <paramref name="histories"/>, or read through <paramref name="context"/> when it is
    /// null) and the names in <paramref name="names"/>, reading those it lacks from the search index.
    /// </summary>
    internal static async Task<HeldPerson[]> MakeAsync(
        WhereaboutsDbContext context, FateHistoryCache? histories, string side, DateOnly day, DateOnly? recordedOn, ConcurrentDictionary<Guid, (string Name, bool IsInvented)>? names, CancellationToken cancellationToken)
    {
        // The as-of question needs each person's history (the current-fate index cannot answer for
        // a past day), read as the spans in which the side's people were held; only the held need their names.
        var everyone = await FateHistoryCache.ReadAsync(histories, context, recordedOn, cancellationToken).ConfigureAwait(false);
        var spans = CaptivitySpans.Of(everyone, side);
        var candidates = spans.HeldOn(day);
        names ??= new();
        var unnamed = new List<Guid>();
        foreach (var span in candidates)
        {
            var id = spans.At(span).History.PersonId;
            if (!names.ContainsKey(id))
            {
                unnamed.Add(id);
            }
        }

        await ReadNamesAsync(context, unnamed, names, cancellationToken).ConfigureAwait(false);
        var held = new HeldPerson[candidates.Length];
        for (var i = 0; i < held.Length; i++)
        {
            var (history, fate, since) = spans.At(candidates[i]);
            if (!names.TryGetValue(history.PersonId, out var named))
            {
                throw new InvalidOperationException($"Person {history.PersonId} has no entry in the search index, which every save keeps beside the person; the still-held list cannot name them.");
            }

            held[i] = new HeldPerson(history.PersonId, named.Name, named.IsInvented, fate, since);
        }

        Array.Sort(held, Order);
        return held;
    }

    private async Task<HeldPerson[]> MakeAsync(string side, DateOnly day, DateOnly? recordedOn, long head)
    {
        await using var context = database.CreateContext();
        return await MakeAsync(context, histories, side, day, recordedOn, NamesAt(head), CancellationToken.None).ConfigureAwait(false);
    }

    // The names kept for the head; a list made for an older head than the names kept (a request
    // that read the head just before a save) gets names of its own rather than older ones kept.
    private ConcurrentDictionary<Guid, (string Name, bool IsInvented)> NamesAt(long head)
    {
        lock (_gate)
        {
            if (_names is { } kept && kept.Head == head)
            {
                return kept.People;
            }

            var fresh = new Names(head);
            if (_names is null || _names.Head < head)
            {
                _names = fresh;
            }

            return fresh.People;
        }
    }

    private void MakeRoom(long head)
    {
        foreach (var stale in _lists.Where(l => l.Value.Head != head).Select(l => l.Key).ToList())
        {
            _lists.Remove(stale);
        }

        while (_lists.Count >= MostListsKept)
        {
            _lists.Remove(_lists.MinBy(l => l.Value.LastUse).Key);
        }
    }

    // The names of the people on the list, from the search index (each person's primary name, as
    // the dossier heads it), not the people themselves with every name form and detail.
    private static async Task ReadNamesAsync(WhereaboutsDbContext context, List<Guid> ids, ConcurrentDictionary<Guid, (string Name, bool IsInvented)> names, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(PeoplePerQuery))
        {
            var found = await context.PersonIndex.AsNoTracking().Where(e => chunk.Contains(e.PersonId))
                .Select(e => new { e.PersonId, e.DisplayName, e.IsInvented })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var person in found)
            {
                names[person.PersonId] = (person.DisplayName, person.IsInvented);
            }
        }
    }

    // Longest held first (as PartialDate orders: by the earliest day, then the latest); then by
    // name and id, so that a page is the same page each time it is asked.
    private static int Order(HeldPerson a, HeldPerson b)
    {
        var order = a.SinceEarliest.CompareTo(b.SinceEarliest);
        if (order == 0)
        {
            order = a.SinceLatest.CompareTo(b.SinceLatest);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Name, b.Name);
        }

        return order != 0 ? order : a.PersonId.CompareTo(b.PersonId);
    }

    private sealed class Entry(Task<HeldPerson[]> list, long head)
    {
        public Task<HeldPerson[]> List { get; } = list;

        public long Head { get; } = head;

        public long LastUse { get; set; }
    }

    private sealed record Names(long Head)
    {
        public ConcurrentDictionary<Guid, (string Name, bool IsInvented)> People { get; } = new();
    }
}
