using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of a correction: why a fate assertion or a spelling is wrong, and the evidence.</summary>
internal sealed class RetractionForm
{
    [Display(Name = "Why it is wrong")]
    public string? Reason { get; set; }

    [Display(Name = "Source that shows it")]
    public Guid? SourceId { get; set; }

    [Display(Name = "Quote from the source")]
    public string? Quote { get; set; }

    [Display(Name = "Where in the source (locator)")]
    public string? Locator { get; set; }

    public RetractionInput ToInput() => new(Reason, SourceId, Quote, Locator);
}
