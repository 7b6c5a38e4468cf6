using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Tracing;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The fields of the office's tracing request form, as text; the use case checks them.</summary>
internal sealed class TracingRequestForm
{
    [Display(Name = "Received on")]
    public string? ReceivedOn { get; set; }

    [Display(Name = "Name of the person asking")]
    public string? EnquirerName { get; set; }

    [Display(Name = "Relationship to the person sought")]
    public string? Relationship { get; set; }

    [Display(Name = "Language they speak")]
    public string? Language { get; set; }

    [Display(Name = "Contact (telephone, e-mail, address)")]
    public string? Contact { get; set; }

    [Display(Name = "May be shared with")]
    public List<string> ShareWith { get; set; } = [];

    [Display(Name = "Other organisations (comma-separated)")]
    public string? OtherOrganisations { get; set; }

    [Display(Name = "Their contact may be passed on to these organisations")]
    public bool ContactMayBeShared { get; set; }

    [Display(Name = "Name of the person sought, as the family gave it")]
    public string? SoughtName { get; set; }

    [Display(Name = "Birth date of the person sought")]
    public string? SoughtBirthDate { get; set; }

    [Display(Name = "Last seen where")]
    public string? LastSeenPlace { get; set; }

    [Display(Name = "Last seen when")]
    public string? LastSeenOn { get; set; }

    [Display(Name = "Last seen with whom")]
    public string? LastSeenWith { get; set; }

    [Display(Name = "What else the family told")]
    public string? Circumstances { get; set; }

    public static TracingRequestForm From(TracingRequestView view, IReadOnlyList<string> organisations)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(organisations);
        var d = view.Details;
        return new TracingRequestForm
        {
            ReceivedOn = view.ReceivedOn.ToString(),
            EnquirerName = d.EnquirerName,
            Relationship = d.Relationship,
            Language = d.Language,
            ShareWith = [.. d.ShareWith.Where(s => organisations.Contains(s, StringComparer.Ordinal))],
            OtherOrganisations = string.Join(", ", d.ShareWith.Where(s => !organisations.Contains(s, StringComparer.Ordinal))),
            ContactMayBeShared = d.ContactMayBeShared,
            SoughtName = d.SoughtName,
            SoughtBirthDate = d.SoughtBirthDate?.ToString(),
            LastSeenPlace = d.LastSeenPlace,
            LastSeenOn = d.LastSeenOn?.ToString(),
            LastSeenWith = d.LastSeenWith,
            Circumstances = d.Circumstances,
        };
    }

    public TracingRequestInput ToInput()
    {
        var others = (OtherOrganisations ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new TracingRequestInput(
            EnquirerName,
            Relationship,
            SoughtName: SoughtName,
            SoughtBirthDate: SoughtBirthDate,
            Contact: Contact,
            Language: Language,
            Consent: new TracingConsentInput([.. ShareWith, .. others], ContactMayBeShared),
            LastSeenPlace: LastSeenPlace,
            LastSeenOn: LastSeenOn,
            LastSeenWith: LastSeenWith,
            Circumstances: Circumstances,
            ReceivedOn: ReceivedOn);
    }

    /// <summary>The form key of a use case's field ("consent.shareWith" is the other-organisations box).</summary>
    public static string KeyOf(string field) => field switch
    {
        "consent.shareWith" => "Form.OtherOrganisations",
        _ => FormErrors.Under("Form", field),
    };
}
