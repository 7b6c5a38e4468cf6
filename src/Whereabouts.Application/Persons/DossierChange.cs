namespace Whereabouts.Application.Persons;

/// <summary>One entry of the audit log about a person.</summary>
/// <param name="Sequence">The entry's position in the log.</param>
/// <param name="RecordedAt">When the change was saved (UTC).</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Action">Added or Modified.</param>
/// <param name="EntityType">What was changed: Person, PersonName, FateAssertion, FateRetraction.</param>
/// <param name="EntityId">The changed record's key.</param>
/// <param name="Changes">The changed fields as a JSON object: new values for an addition, <c>[old, new]</c> for an edit.</param>
public sealed record DossierChange(long Sequence, DateTimeOffset RecordedAt, string Actor, string Action, string EntityType, string EntityId, string Changes);
