using Whereabouts.Domain;

namespace Whereabouts.Application.Tracing;

/// <summary>A tracing request as a list shows it; never the contact, only whether one is on file.</summary>
/// <param name="Id">The request.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="ReceivedOn">When the family asked.</param>
/// <param name="Channel">How it arrived (the public form's requests wait for a caseworker).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="SoughtName">The person sought, as the family named them.</param>
/// <param name="Relationship">How the enquirer is related to them.</param>
/// <param name="PersonId">The linked registry person, or null.</param>
/// <param name="HasContact">Whether a contact is on file.</param>
public sealed record TracingRequestListItem(
    Guid Id,
    string Reference,
    PartialDate ReceivedOn,
    TracingRequestChannel Channel,
    TracingRequestStatus Status,
    string SoughtName,
    string Relationship,
    Guid? PersonId,
    bool HasContact);
