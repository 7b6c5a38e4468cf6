using Whereabouts.Application.Legal;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// One tracing request with its history: what the family told and consented to, every status
/// step and every use of the contact (who, when, why), the linked person and source, and the
/// answers given. The contact itself is not part of it; <see cref="HasContact"/> says whether one is on file.
/// </summary>
/// <param name="Id">The request.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="ReceivedOn">When the family asked.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Details">What the family told and consented to.</param>
/// <param name="HasContact">Whether a contact is on file.</param>
/// <param name="Person">The linked registry person, or null.</param>
/// <param name="Source">The source registered from the request, or null.</param>
/// <param name="Steps">The status changes, earliest first.</param>
/// <param name="ContactEvents">Every recording, showing, replacement and erasure of the contact, earliest first.</param>
/// <param name="Answers">The family notifications that answered it, earliest first.</param>
/// <param name="RecordedBy">Who registered it.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Version">The version an edit must name.</param>
public sealed record TracingRequestView(
    Guid Id,
    string Reference,
    PartialDate ReceivedOn,
    TracingRequestChannel Channel,
    TracingRequestStatus Status,
    TracingRequestDetails Details,
    bool HasContact,
    PersonLink? Person,
    DocumentLink? Source,
    IReadOnlyList<TracingRequestStep> Steps,
    IReadOnlyList<ContactEvent> ContactEvents,
    IReadOnlyList<NotificationView> Answers,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int Version)
{
    /// <summary>The statuses the request may move to now.</summary>
    public IReadOnlyList<TracingRequestStatus> NextStatuses =>
        [.. Enum.GetValues<TracingRequestStatus>().Where(s => TracingRequest.CanMove(Status, s))];
}
