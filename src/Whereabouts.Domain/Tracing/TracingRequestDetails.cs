namespace Whereabouts.Domain;

/// <summary>What a family told the office when it asked about a relative: who asks, what they consent to, and whom they seek.</summary>
/// <param name="EnquirerName">The name of the person asking; required.</param>
/// <param name="Relationship">How the enquirer is related to the person sought ("mother"); required.</param>
/// <param name="Language">The language the enquirer speaks, as a language tag (<c>hy</c>, <c>ru</c>, <c>az</c>, <c>en</c>), or null.</param>
/// <param name="ShareWith">The organisations the family consents to the request being shared with ("ICRC"); empty when none.</param>
/// <param name="ContactMayBeShared">Whether the family consents to its contact details being passed on to those organisations.</param>
/// <param name="SoughtName">The name of the person sought, as the family gave it; required.</param>
/// <param name="SoughtBirthDate">The sought person's birth date as the family gave it, or null.</param>
/// <param name="LastSeenPlace">Where the family last knew the person to be, or null.</param>
/// <param name="LastSeenOn">When, or null.</param>
/// <param name="LastSeenWith">With whom (a unit, comrades, neighbours), or null.</param>
/// <param name="Circumstances">Anything else the family told, or null.</param>
public sealed record TracingRequestDetails(
    string EnquirerName,
    string Relationship,
    string? Language,
    IReadOnlyList<string> ShareWith,
    bool ContactMayBeShared,
    string SoughtName,
    PartialDate? SoughtBirthDate,
    string? LastSeenPlace,
    PartialDate? LastSeenOn,
    string? LastSeenWith,
    string? Circumstances);
