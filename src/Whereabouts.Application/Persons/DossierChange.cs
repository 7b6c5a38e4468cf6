using Whereabouts.Application.Accounts;

namespace Whereabouts.Application.Persons;

/// <summary>One entry of the audit log about a person.</summary>
/// <param name="Sequence">The entry's position in the log.</param>
/// <param name="RecordedAt">When the change was saved (UTC).</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Action">Added or Modified.</param>
/// <param name="EntityType">What was changed: Person, PersonName, FateAssertion, FateRetraction.</param>
/// <param name="EntityId">The changed record's key.</param>
/// <param name="Changes">The changed fields as a JSON object: new values for an addition, <c>[old, new]</c> for an edit.</param>
/// <param name="ActorRole">
/// The most powerful role the actor's account holds now (one of <see cref="Roles.All"/>),
/// so that a reader sees in what capacity a change was made; null when the actor is no account
/// (the command line, the system) or the account is gone.
/// </param>
public sealed record DossierChange(long Sequence, DateTimeOffset RecordedAt, string Actor, string Action, string EntityType, string EntityId, string Changes, string? ActorRole = null);
