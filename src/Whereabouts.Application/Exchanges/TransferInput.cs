namespace Whereabouts.Application.Exchanges;

/// <summary>One named person of an exchange as a form or a JSON body gives it.</summary>
/// <param name="PersonId">The registry person; required.</param>
/// <param name="ReceivedBy">The side that received them (Armenian, Azerbaijani); required.</param>
/// <param name="Kind">Person (the default) or Remains.</param>
/// <param name="SourceId">The exchange's source that names this person, or null for the first source.</param>
public sealed record TransferInput(Guid? PersonId, string? ReceivedBy, string? Kind = null, Guid? SourceId = null);
