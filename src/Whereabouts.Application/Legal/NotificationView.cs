using Whereabouts.Domain;

namespace Whereabouts.Application.Legal;

/// <summary>A recorded family notification.</summary>
/// <param name="Id">The record.</param>
/// <param name="PersonId">The person the family was told about.</param>
/// <param name="ToldOn">When the family was told.</param>
/// <param name="ConveyedStatus">The fate the telling conveyed, or null.</param>
/// <param name="Message">What was said, or null.</param>
/// <param name="ToldBy">Who told them.</param>
/// <param name="Recipient">The relative told, by relationship.</param>
/// <param name="Evidence">The documents the telling rested on.</param>
/// <param name="CorrectsId">The earlier record this one corrects, or null.</param>
/// <param name="CorrectedById">A later record that corrects this one, or null.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="TracingRequestId">The tracing request the telling answered, or null.</param>
public sealed record NotificationView(
    Guid Id,
    Guid PersonId,
    PartialDate ToldOn,
    FateStatus? ConveyedStatus,
    string? Message,
    string ToldBy,
    string Recipient,
    IReadOnlyList<DocumentLink> Evidence,
    Guid? CorrectsId,
    Guid? CorrectedById,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? TracingRequestId = null);
