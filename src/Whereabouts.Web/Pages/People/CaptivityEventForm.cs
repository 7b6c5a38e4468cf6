using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Captivity;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of the form that records an event of captivity, as text; the use case checks them.</summary>
internal sealed class CaptivityEventForm
{
    [Display(Name = "What was done")]
    public string? Kind { get; set; }

    [Display(Name = "When")]
    public string? OccurredOn { get; set; }

    [Display(Name = "Held by")]
    public string? DetainingParty { get; set; }

    [Display(Name = "Place of detention")]
    public string? Place { get; set; }

    [Display(Name = "By whom (office, ICRC delegation)")]
    public string? By { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }

    [Display(Name = "Source that shows it")]
    public Guid? SourceId { get; set; }

    public CaptivityEventInput ToInput() => new(Kind, OccurredOn, DetainingParty, Place, By, Note, SourceId);
}
