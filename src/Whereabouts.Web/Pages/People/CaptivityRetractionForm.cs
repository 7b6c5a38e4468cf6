using System.ComponentModel.DataAnnotations;

namespace Whereabouts.Web.Pages.People;

/// <summary>The retraction of one event of captivity: which, and why.</summary>
internal sealed class CaptivityRetractionForm
{
    public Guid EventId { get; set; }

    [Display(Name = "Why it is retracted")]
    public string? Reason { get; set; }
}
