namespace Whereabouts.Application.Legal;

/// <summary>
/// What a family was told, as a form or a JSON body gives it, checked by <see cref="FamilyNotifications"/>
/// (fields named "toldOn", "conveyedStatus", "message", "toldBy", "recipient", "sourceIds", "correctsId", "tracingRequestId").
/// </summary>
/// <param name="ToldOn">When the family was told, as a partial date; required.</param>
/// <param name="ConveyedStatus">A <see cref="Domain.FateStatus"/> name the telling conveyed; this or a message is required.</param>
/// <param name="Message">What the family was told, in the recorder's words.</param>
/// <param name="ToldBy">Who told them (an office, an organisation, a person in an official role); required.</param>
/// <param name="Recipient">The relative who was told, by relationship only ("mother"); never a name or contact; required.</param>
/// <param name="SourceIds">Registered documents the telling rested on.</param>
/// <param name="CorrectsId">An earlier notification of the same person that this one corrects.</param>
/// <param name="TracingRequestId">The tracing request this telling answers (about the same person or identity); it moves to answered in the same save.</param>
public sealed record NotificationInput(
    string? ToldOn,
    string? ConveyedStatus,
    string? Message,
    string? ToldBy,
    string? Recipient,
    IReadOnlyList<Guid>? SourceIds = null,
    Guid? CorrectsId = null,
    Guid? TracingRequestId = null);
