using Whereabouts.Application.Legal;

namespace Whereabouts.Application.Tracing;

/// <summary>A family last told a fate the evidence no longer says, with the requests its relatives made about the person.</summary>
/// <param name="Case">What the family was told and what the evidence says now.</param>
/// <param name="Requests">The tracing requests about the person (any record of the identity), earliest first; empty when none was made.</param>
public sealed record FamilyToInformAgain(InformAgainCase Case, IReadOnlyList<RequestLink> Requests);
