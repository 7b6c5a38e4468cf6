namespace Whereabouts.Web.Pages.Enquiry;

/// <summary>The fields of the public enquiry form, as the family typed them; the page checks them.</summary>
internal sealed class EnquiryForm
{
    public string? EnquirerName { get; set; }

    public string? Relationship { get; set; }

    public string? Contact { get; set; }

    public string? Language { get; set; }

    public string? SoughtName { get; set; }

    /// <summary>A date or a year (<c>1999-04-12</c>, <c>1999</c>).</summary>
    public string? SoughtBirth { get; set; }

    public string? LastSeenPlace { get; set; }

    /// <summary>A date, a month or a year.</summary>
    public string? LastSeenOn { get; set; }

    public string? LastSeenWith { get; set; }

    public string? Circumstances { get; set; }

    public List<string> ShareWith { get; set; } = [];

    public bool ContactMayBeShared { get; set; }

    /// <summary>A field people never see and never fill in; a program that fills in every field does (a honeypot).</summary>
    public string? Website { get; set; }
}
