using Whereabouts.Domain;

namespace Whereabouts.Application.Tracing;

/// <summary>A request whose family has waited for an answer longer than the office allows.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Reference">Its reference (<c>T-2021-0042</c>).</param>
/// <param name="ReceivedOn">When the family asked.</param>
/// <param name="Channel">How the request arrived.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Relationship">How the enquirer is related to the person sought.</param>
/// <param name="SoughtName">The person sought, as the family gave the name.</param>
/// <param name="PersonId">The registry person it is linked to, or null.</param>
/// <param name="WaitingSince">The day the wait is counted from: the day received, or the day it was reopened or moved back to searching.</param>
/// <param name="DaysWaiting">Whole days from <paramref name="WaitingSince"/> to today.</param>
public sealed record UnansweredRequest(
    Guid RequestId,
    string Reference,
    PartialDate ReceivedOn,
    TracingRequestChannel Channel,
    TracingRequestStatus Status,
    string Relationship,
    string SoughtName,
    Guid? PersonId,
    DateOnly WaitingSince,
    int DaysWaiting);
