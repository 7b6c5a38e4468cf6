namespace Whereabouts.Application.Persons;

/// <summary>The recorded withdrawal of a fate assertion.</summary>
/// <param name="Id">The retraction.</param>
/// <param name="Reason">Why the assertion was withdrawn.</param>
/// <param name="Evidence">What shows the assertion was wrong.</param>
/// <param name="RecordedBy">The account that recorded the retraction.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record DossierRetraction(Guid Id, string Reason, DossierEvidence Evidence, string RecordedBy, DateTimeOffset RecordedAt);
