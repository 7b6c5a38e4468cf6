namespace Whereabouts.Application.Tracing;

/// <summary>
/// A request whose family was answered, and whose person has evidence recorded since: the answer
/// may no longer be all the registry knows. Each count is of records saved after the answer, for
/// any record of the person's identity.
/// </summary>
/// <param name="Request">The request.</param>
/// <param name="PersonId">The identity the request's person belongs to.</param>
/// <param name="DisplayName">The person's name as the registry shows it.</param>
/// <param name="AnsweredAt">When the latest answer (a family notification naming the request) was recorded, in UTC.</param>
/// <param name="LatestEvidenceAt">When the newest of the new evidence was recorded, in UTC.</param>
/// <param name="FateAssertions">Fate assertions recorded since.</param>
/// <param name="Retractions">Retractions of fate assertions recorded since.</param>
/// <param name="Names">Name forms added or withdrawn since.</param>
/// <param name="CaptivityEvents">Events of captivity (notified capture, visits, cards, messages) recorded or retracted since.</param>
public sealed record NewEvidenceRequest(
    RequestLink Request,
    Guid PersonId,
    string DisplayName,
    DateTimeOffset AnsweredAt,
    DateTimeOffset LatestEvidenceAt,
    int FateAssertions,
    int Retractions,
    int Names,
    int CaptivityEvents);
