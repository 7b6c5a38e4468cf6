namespace Whereabouts.Application.Tracing;

/// <summary>
/// A tracing request as the office's form or a JSON body gives it, checked by
/// <see cref="TracingRequestEditor"/>; fields are reported by these names in camelCase
/// ("enquirerName", "soughtName", "receivedOn", "consent.shareWith", "contact").
/// </summary>
/// <param name="EnquirerName">The name of the person asking; required.</param>
/// <param name="Relationship">How they are related to the person sought ("mother"); required.</param>
/// <param name="SoughtName">The sought person's name as the family gave it; when blank, composed from the name parts or taken from the linked person.</param>
/// <param name="SoughtGivenName">The sought person's given name, when the family's words were split.</param>
/// <param name="SoughtFamilyName">The sought person's family name.</param>
/// <param name="SoughtPatronymic">The sought person's patronymic.</param>
/// <param name="SoughtBirthDate">The birth date as the family gave it, as a partial date.</param>
/// <param name="PersonId">The registry person the request is about, when already known.</param>
/// <param name="Contact">How to reach the family, as free text; kept encrypted apart from the request and never shown back except by a recorded reveal. Ignored by an edit.</param>
/// <param name="Language">The language the enquirer speaks, as a tag (hy, ru, az, en).</param>
/// <param name="Consent">What the family consents to.</param>
/// <param name="LastSeenPlace">Where the person was last seen.</param>
/// <param name="LastSeenOn">When, as a partial date.</param>
/// <param name="LastSeenWith">With whom.</param>
/// <param name="Circumstances">Anything else the family told.</param>
/// <param name="ReceivedOn">When the family asked, as a partial date; today when blank.</param>
public sealed record TracingRequestInput(
    string? EnquirerName,
    string? Relationship,
    string? SoughtName = null,
    string? SoughtGivenName = null,
    string? SoughtFamilyName = null,
    string? SoughtPatronymic = null,
    string? SoughtBirthDate = null,
    Guid? PersonId = null,
    string? Contact = null,
    string? Language = null,
    TracingConsentInput? Consent = null,
    string? LastSeenPlace = null,
    string? LastSeenOn = null,
    string? LastSeenWith = null,
    string? Circumstances = null,
    string? ReceivedOn = null)
{
    /// <summary>Says which fields are set, never what the contact is: the input may reach a log or a debugger.</summary>
    public override string ToString() =>
        $"TracingRequestInput {{ EnquirerName = {EnquirerName}, Relationship = {Relationship}, SoughtName = {SoughtName}, PersonId = {PersonId}, Contact = {(Contact is null ? "none" : "(withheld)")} }}";
}
