using System.ComponentModel.DataAnnotations;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>The step's fields as text, checked by the use case.</summary>
internal sealed class ProceedingForm
{
    [Display(Name = "Date")]
    public string? On { get; set; }

    [Display(Name = "Step")]
    public string? Kind { get; set; } = nameof(Domain.ProceedingKind.Hearing);

    [Display(Name = "What happened")]
    public string? Description { get; set; }

    [Display(Name = "Document")]
    public Guid? SourceId { get; set; }
}
