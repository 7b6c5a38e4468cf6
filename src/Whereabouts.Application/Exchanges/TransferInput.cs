namespace Whereabouts.Application.Exchanges;

/// <summary>One named person of an exchange as a form or a JSON body gives it.</summary>
/// <param name="PersonId">The registry person; required.</param>
/// <param name="ReceivedBy">The slug of the party that received them (any case: <c>armenian</c>, <c>Armenian</c>); required.</param>
/// <param name="Kind">Person (the default) or Remains.</param>
/// <param name="SourceId">The exchange's source that names this person, or null for the first source.</param>
/// <param name="HandedOverBy">The slug of the party that handed them over; may be left out when the registry
/// has exactly two parties (it is then the other one).</param>
public sealed record TransferInput(Guid? PersonId, string? ReceivedBy, string? Kind = null, Guid? SourceId = null, string? HandedOverBy = null);
