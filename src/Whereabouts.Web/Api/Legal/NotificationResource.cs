using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>What a family was told, as the API shows it. The recipient is a relationship only; the registry holds no contacts.</summary>
internal sealed record NotificationResource(
    Guid Id,
    Guid PersonId,
    string ToldOn,
    string? ConveyedStatus,
    string? Message,
    string ToldBy,
    string Recipient,
    IReadOnlyList<LinkResource> Evidence,
    Guid? CorrectsId,
    Guid? CorrectedById,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? TracingRequestId)
{
    public static NotificationResource From(NotificationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.PersonId, view.ToldOn.ToString(), view.ConveyedStatus?.ToString(), view.Message, view.ToldBy, view.Recipient,
            [.. view.Evidence.Select(LinkResource.From)], view.CorrectsId, view.CorrectedById, view.RecordedBy, view.RecordedAt, view.TracingRequestId);
    }
}
