using Whereabouts.Application.Common;

namespace Whereabouts.Application.Reports;

/// <summary>
/// A page of who of one side was held on a day (<see cref="StillHeldReport"/>, longest held first),
/// how many were held in all, and the exchanges up to that day.
/// </summary>
/// <param name="Side">The slug of the party whose people are listed.</param>
/// <param name="AsOf">The day asked about, by when things happened.</param>
/// <param name="People">The page's people, with the page, its size and how many are held in all (<see cref="PagedList{T}.Total"/>); empty past the end of the list.</param>
/// <param name="Exchanges">The exchanges on or before that day, latest first, with announced totals against named people.</param>
/// <param name="RecordedOn">The day the registry was read as recorded on (<see cref="RecordedDay"/>), or null for what it holds now.</param>
public sealed record StillHeldPage(string Side, DateOnly AsOf, PagedList<StillHeldEntry> People, IReadOnlyList<ExchangeTally> Exchanges, DateOnly? RecordedOn = null);
