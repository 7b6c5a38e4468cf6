namespace Whereabouts.Application.Reports;

/// <summary>What a fate timeline should cover.</summary>
/// <param name="From">The first day; null for the start of the registry's own period (a step's margin before its earliest dated fate).</param>
/// <param name="To">The last day ("as of"); null for the end of the registry's own period (a step's margin after its latest dated fate, at most today).</param>
/// <param name="Step">Monthly or daily points.</param>
/// <param name="Side">Only people of the party with this slug (any case), <c>unknown</c> for people of no recorded party; null for every side.</param>
/// <param name="IncidentId">Only people with a fate assertion (not retracted) in this incident; null for everyone.</param>
/// <param name="RecordedOn">The registry as it held the fates at the end of this day (<see cref="RecordedDay"/>); a default range then ends on it at the latest. Null for what it holds now.</param>
public sealed record FateTimelineRequest(
    DateOnly? From = null,
    DateOnly? To = null,
    FateTimelineStep Step = FateTimelineStep.Monthly,
    string? Side = null,
    Guid? IncidentId = null,
    DateOnly? RecordedOn = null);
