namespace Whereabouts.Application.Reports;

/// <summary>A page of the still-held list as asked for, its fields checked (<see cref="StillHeldRequest"/>).</summary>
/// <param name="Side">The slug of the party whose people are listed.</param>
/// <param name="AsOf">The day asked about, or null for the recorded-on day or today.</param>
/// <param name="RecordedOn">The day the registry is read as recorded on, or null for what it holds now.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most people on the page.</param>
public sealed record StillHeldAsk(string Side, DateOnly? AsOf, DateOnly? RecordedOn, int Page, int PageSize);
