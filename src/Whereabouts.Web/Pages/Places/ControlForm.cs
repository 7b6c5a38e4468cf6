using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Control;

namespace Whereabouts.Web.Pages.Places;

/// <summary>The fields of the form that records a period of control, as text; the use case checks them.</summary>
internal sealed class ControlForm
{
    [Display(Name = "What the source says")]
    public string? Kind { get; set; }

    [Display(Name = "Party to the conflict")]
    public string? Party { get; set; }

    [Display(Name = "Or another holder (peacekeepers)")]
    public string? Holder { get; set; }

    [Display(Name = "From")]
    public string? From { get; set; }

    [Display(Name = "To")]
    public string? To { get; set; }

    [Display(Name = "Source that shows it")]
    public Guid? SourceId { get; set; }

    [Display(Name = "Where in the source")]
    public string? Locator { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }

    public PlaceControlInput ToInput() => new(Kind, Party, Holder, From, To, SourceId, Locator, Note);
}
