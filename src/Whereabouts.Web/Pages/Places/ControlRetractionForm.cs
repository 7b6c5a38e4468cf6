using System.ComponentModel.DataAnnotations;

namespace Whereabouts.Web.Pages.Places;

/// <summary>The retraction of one period of control: which, and why.</summary>
internal sealed class ControlRetractionForm
{
    public Guid PeriodId { get; set; }

    [Display(Name = "Why it is retracted")]
    public string? Reason { get; set; }
}
