namespace Whereabouts.Application.Reports;

/// <summary>Who of one side was held on a day, and the exchanges up to that day.</summary>
/// <param name="Side">The slug of the party whose people are listed.</param>
/// <param name="AsOf">The day asked about, by when things happened.</param>
/// <param name="People">Everyone of the side whose fate on that day was captivity, longest held first.</param>
/// <param name="Exchanges">The exchanges on or before that day, latest first, with announced totals against named people.</param>
/// <param name="RecordedOn">The day the registry was read as recorded on (<see cref="RecordedDay"/>), or null for what it holds now.</param>
public sealed record StillHeldReport(string Side, DateOnly AsOf, IReadOnlyList<StillHeldEntry> People, IReadOnlyList<ExchangeTally> Exchanges, DateOnly? RecordedOn = null);
